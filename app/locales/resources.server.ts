// All translations, server side only: the browser receives just the language it shows (see root loader).
import { auth as arAuth } from "~/locales/ar/auth";
import { common as arCommon } from "~/locales/ar/common";
import { pwa as arPwa } from "~/locales/ar/pwa";
import { auth as enAuth } from "~/locales/en/auth";
import { common as enCommon } from "~/locales/en/common";
import { pwa as enPwa } from "~/locales/en/pwa";
import { auth as frAuth } from "~/locales/fr/auth";
import { common as frCommon } from "~/locales/fr/common";
import { pwa as frPwa } from "~/locales/fr/pwa";
import { auth as nlAuth } from "~/locales/nl/auth";
import { common as nlCommon } from "~/locales/nl/common";
import { pwa as nlPwa } from "~/locales/nl/pwa";
import type { Locale } from "~/utils/i18n";

export const resources = {
  nl: { common: nlCommon, auth: nlAuth, pwa: nlPwa },
  fr: { common: frCommon, auth: frAuth, pwa: frPwa },
  en: { common: enCommon, auth: enAuth, pwa: enPwa },
  ar: { common: arCommon, auth: arAuth, pwa: arPwa },
} satisfies Record<Locale, Record<string, unknown>>;

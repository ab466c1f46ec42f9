// All translations, server side only: the browser receives just the language it shows (see root loader).
import { auth as arAuth } from "~/locales/ar/auth";
import { common as arCommon } from "~/locales/ar/common";
import { auth as enAuth } from "~/locales/en/auth";
import { common as enCommon } from "~/locales/en/common";
import { auth as frAuth } from "~/locales/fr/auth";
import { common as frCommon } from "~/locales/fr/common";
import { auth as nlAuth } from "~/locales/nl/auth";
import { common as nlCommon } from "~/locales/nl/common";
import type { Locale } from "~/utils/i18n";

export const resources = {
  nl: { common: nlCommon, auth: nlAuth },
  fr: { common: frCommon, auth: frAuth },
  en: { common: enCommon, auth: enAuth },
  ar: { common: arCommon, auth: arAuth },
} satisfies Record<Locale, Record<string, unknown>>;

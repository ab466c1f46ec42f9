// All translations, server side only: the browser receives just the language it shows (see root loader).
import { auth as arAuth } from "~/locales/ar/auth";
import { common as arCommon } from "~/locales/ar/common";
import { help as arHelp } from "~/locales/ar/help";
import { auth as enAuth } from "~/locales/en/auth";
import { common as enCommon } from "~/locales/en/common";
import { help as enHelp } from "~/locales/en/help";
import { auth as frAuth } from "~/locales/fr/auth";
import { common as frCommon } from "~/locales/fr/common";
import { help as frHelp } from "~/locales/fr/help";
import { auth as nlAuth } from "~/locales/nl/auth";
import { common as nlCommon } from "~/locales/nl/common";
import { help as nlHelp } from "~/locales/nl/help";
import type { Locale } from "~/utils/i18n";

export const resources = {
  nl: { common: nlCommon, auth: nlAuth, help: nlHelp },
  fr: { common: frCommon, auth: frAuth, help: frHelp },
  en: { common: enCommon, auth: enAuth, help: enHelp },
  ar: { common: arCommon, auth: arAuth, help: arHelp },
} satisfies Record<Locale, Record<string, unknown>>;

// All translations, server side only: the browser receives just the language it shows (see root loader).
import { activities as arActivities } from "~/locales/ar/activities";
import { auth as arAuth } from "~/locales/ar/auth";
import { common as arCommon } from "~/locales/ar/common";
import { activities as enActivities } from "~/locales/en/activities";
import { auth as enAuth } from "~/locales/en/auth";
import { common as enCommon } from "~/locales/en/common";
import { activities as frActivities } from "~/locales/fr/activities";
import { auth as frAuth } from "~/locales/fr/auth";
import { common as frCommon } from "~/locales/fr/common";
import { activities as nlActivities } from "~/locales/nl/activities";
import { auth as nlAuth } from "~/locales/nl/auth";
import { common as nlCommon } from "~/locales/nl/common";
import type { Locale } from "~/utils/i18n";

export const resources = {
  nl: { common: nlCommon, auth: nlAuth, activities: nlActivities },
  fr: { common: frCommon, auth: frAuth, activities: frActivities },
  en: { common: enCommon, auth: enAuth, activities: enActivities },
  ar: { common: arCommon, auth: arAuth, activities: arActivities },
} satisfies Record<Locale, Record<string, unknown>>;

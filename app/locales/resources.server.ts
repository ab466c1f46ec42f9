// All translations, server side only: the browser receives just the language it shows (see root loader).
import { activities as arActivities } from "~/locales/ar/activities";
import { agreements as arAgreements } from "~/locales/ar/agreements";
import { auth as arAuth } from "~/locales/ar/auth";
import { common as arCommon } from "~/locales/ar/common";
import { help as arHelp } from "~/locales/ar/help";
import { outreach as arOutreach } from "~/locales/ar/outreach";
import { privacy as arPrivacy } from "~/locales/ar/privacy";
import { pwa as arPwa } from "~/locales/ar/pwa";
import { surveys as arSurveys } from "~/locales/ar/surveys";
import { activities as enActivities } from "~/locales/en/activities";
import { agreements as enAgreements } from "~/locales/en/agreements";
import { auth as enAuth } from "~/locales/en/auth";
import { common as enCommon } from "~/locales/en/common";
import { help as enHelp } from "~/locales/en/help";
import { outreach as enOutreach } from "~/locales/en/outreach";
import { privacy as enPrivacy } from "~/locales/en/privacy";
import { pwa as enPwa } from "~/locales/en/pwa";
import { surveys as enSurveys } from "~/locales/en/surveys";
import { activities as frActivities } from "~/locales/fr/activities";
import { agreements as frAgreements } from "~/locales/fr/agreements";
import { auth as frAuth } from "~/locales/fr/auth";
import { common as frCommon } from "~/locales/fr/common";
import { help as frHelp } from "~/locales/fr/help";
import { outreach as frOutreach } from "~/locales/fr/outreach";
import { privacy as frPrivacy } from "~/locales/fr/privacy";
import { pwa as frPwa } from "~/locales/fr/pwa";
import { surveys as frSurveys } from "~/locales/fr/surveys";
import { activities as nlActivities } from "~/locales/nl/activities";
import { agreements as nlAgreements } from "~/locales/nl/agreements";
import { auth as nlAuth } from "~/locales/nl/auth";
import { common as nlCommon } from "~/locales/nl/common";
import { help as nlHelp } from "~/locales/nl/help";
import { outreach as nlOutreach } from "~/locales/nl/outreach";
import { privacy as nlPrivacy } from "~/locales/nl/privacy";
import { pwa as nlPwa } from "~/locales/nl/pwa";
import { surveys as nlSurveys } from "~/locales/nl/surveys";
import type { Locale } from "~/utils/i18n";

export const resources = {
  nl: { common: nlCommon, auth: nlAuth, activities: nlActivities, help: nlHelp, agreements: nlAgreements, pwa: nlPwa, privacy: nlPrivacy, outreach: nlOutreach, surveys: nlSurveys },
  fr: { common: frCommon, auth: frAuth, activities: frActivities, help: frHelp, agreements: frAgreements, pwa: frPwa, privacy: frPrivacy, outreach: frOutreach, surveys: frSurveys },
  en: { common: enCommon, auth: enAuth, activities: enActivities, help: enHelp, agreements: enAgreements, pwa: enPwa, privacy: enPrivacy, outreach: enOutreach, surveys: enSurveys },
  ar: { common: arCommon, auth: arAuth, activities: arActivities, help: arHelp, agreements: arAgreements, pwa: arPwa, privacy: arPrivacy, outreach: arOutreach, surveys: arSurveys },
} satisfies Record<Locale, Record<string, unknown>>;

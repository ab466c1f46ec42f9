// The printable A4 invitation for a hallway or a letterbox: the survey's title and a few words in one or two
// languages chosen by the buurtwerker (built here, on the server: the page carries only its own language), the
// address to type and a QR code to scan, and how to answer without a smartphone.
import { qrCodeSvg } from "~/utils/qr-code.server";
import { formatDate } from "~/components/ui/format";
import type { Actor } from "~/utils/actor";
import { env } from "~/utils/env.server";
import { directionOf, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";
import { getInvitationContent, localiseSurvey } from "./queries.server";

export async function buildInvitation(actor: Actor, surveyId: string, languages: Locale[]) {
  const content = await getInvitationContent(actor, surveyId);
  if (!content) return null;
  const { survey } = content;
  const url = new URL(`/bevragingen/${surveyId}`, env.APP_URL);
  const link = `${url.host}${url.pathname}`;
  const texts = languages.map((lang) => {
    const t = getFixedT(lang, "surveys");
    const shown = localiseSurvey(survey, lang);
    return {
      lang,
      dir: directionOf(lang),
      heading: t("invitation.heading"),
      title: shown.title.text,
      titleLang: shown.title.lang,
      intro: shown.intro?.text ?? null,
      introLang: shown.intro?.lang ?? lang,
      until: t("invitation.until", { date: formatDate(survey.closesAt, lang) }),
      questions: t("welcome.questions", { count: survey._count.questions }),
      scan: t("invitation.scan"),
      noPhone: t("invitation.noPhone"),
      phone: survey.neighbourhood.phone ? t("invitation.phone", { phone: survey.neighbourhood.phone }) : null,
      anonymous: t("welcome.anonymous"),
    };
  });
  // Static markup from the qrcode library (paths only, no script, no style attribute): safe to inline.
  const qrSvg = await qrCodeSvg(url.toString(), { margin: 0 });
  return { id: surveyId, place: survey.building?.name ?? survey.neighbourhood.name, link, qrSvg, texts };
}

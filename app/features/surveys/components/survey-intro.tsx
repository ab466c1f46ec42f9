// A survey's start page for a resident: what it is about, until when, that their answers are anonymous, and a big
// button to begin, or to go on where they stopped.
import { useSearchParams } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { formatDate } from "~/components/ui/format";
import { Notice, PageTitle } from "~/components/ui/page";
import type { getIntro } from "~/features/surveys/queries.server";
import { useKeepForOffline } from "./keep-for-offline";
import { LocalisedText, TranslationNote } from "./localised-text";
import { ProgressBar } from "./progress-bar";

type Intro = SerializeFrom<NonNullable<Awaited<ReturnType<typeof getIntro>>>>;

export function SurveyIntro({ survey, locale }: { survey: Intro; locale: string }) {
  const { t } = useTranslation("surveys");
  const [searchParams] = useSearchParams();
  useKeepForOffline(survey.may.answer ? survey.screens : []);
  const base = `/bevragingen/${survey.id}`;
  const resume = survey.progress.resumeAt > survey.progress.total ? `${base}/versturen` : `${base}/vraag/${survey.progress.resumeAt}`;
  const done = survey.state.sentByMe || survey.state.householdAnswered;
  const justSent = searchParams.has("verstuurd") && survey.state.sentByMe;
  return (
    <>
      <PageTitle>
        <LocalisedText text={survey.title} />
      </PageTitle>
      <TranslationNote text={survey.title} className="-mt-3 mb-4" />
      {justSent ? (
        <Notice tone="success">
          <p className="font-semibold">{t("welcome.thanks")}</p>
          <p>{t("welcome.thanksText")}</p>
        </Notice>
      ) : null}
      {/* Once answered, the invitation to answer would only repeat the thank-you. */}
      {survey.intro && !done ? (
        <div className="mb-4 space-y-1">
          <p className="whitespace-pre-line text-lg">
            <LocalisedText text={survey.intro} />
          </p>
          <TranslationNote text={survey.intro} />
        </div>
      ) : null}
      {done ? (
        justSent ? null : <Notice tone="success">{survey.state.sentByMe ? t("welcome.sent") : t("welcome.householdAnswered")}</Notice>
      ) : survey.phase === "closed" ? (
        <Notice tone="info">{t("welcome.closed")}</Notice>
      ) : survey.phase !== "open" ? (
        <Notice tone="info">{t("welcome.notOpen")}</Notice>
      ) : survey.may.answer ? (
        <div className="space-y-4">
          <ul className="space-y-1 text-lg">
            <li>{t("welcome.questions", { count: survey.progress.total })}</li>
            <li>{t("welcome.until", { date: formatDate(survey.closesAt, locale) })}</li>
            <li>{survey.per === "household" ? t("welcome.perHousehold") : t("welcome.perResident")}</li>
            <li>{t("welcome.anonymous")}</li>
            <li>{t("welcome.stopAnytime")}</li>
          </ul>
          {survey.state.started ? (
            <>
              <ProgressBar percent={survey.progress.percent} label={t("list.progress", { seen: survey.progress.seen, total: survey.progress.total })} />
              <LinkButton to={resume} className="w-full">
                {survey.progress.resumeAt > survey.progress.total ? t("welcome.toSend") : t("welcome.resume", { number: survey.progress.resumeAt })}
              </LinkButton>
            </>
          ) : (
            <LinkButton to={`${base}/vraag/1`} className="w-full">
              {t("welcome.start")}
            </LinkButton>
          )}
        </div>
      ) : (
        <Notice tone="info">{t("welcome.notForYou")}</Notice>
      )}
    </>
  );
}

// A survey's page for the buurtwerker: its settings, its questions (reordered and changed while it is a draft),
// publishing and closing, and the ways to collect and read the answers.
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { formatDate } from "~/components/ui/format";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import type { getManagePage } from "~/features/surveys/queries.server";
import { isOptionIcon } from "~/features/surveys/rules";
import { translationLocales } from "~/features/surveys/schema";
import { KindIcon } from "./kind-icon";
import { PhaseBadge } from "./phase-badge";
import { ChoiceIcon } from "./survey-icons";

type Manage = SerializeFrom<NonNullable<Awaited<ReturnType<typeof getManagePage>>>>;

const doneMessages: Record<string, string> = {
  created: "manage.created",
  settings: "manage.settingsSaved",
  question: "manage.questionSaved",
  publish: "manage.published",
  close: "manage.closed",
  up: "manage.moved",
  down: "manage.moved",
  remove: "manage.removed",
};

export function ManageSurvey({ survey, locale }: { survey: Manage; locale: string }) {
  const { t } = useTranslation("surveys");
  const [searchParams] = useSearchParams();
  const actionData = useActionData<{ result?: SubmissionResult<string[]> }>();
  const done = doneMessages[searchParams.get("klaar") ?? ""];
  const errors = actionData?.result?.error?.[""] ?? [];
  const draft = survey.phase === "draft";
  const base = `/bevragingen/${survey.id}`;
  return (
    <>
      <PageTitle
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <PhaseBadge phase={survey.phase} />
            <span>{survey.place}</span>
          </span>
        }
      >
        {survey.title}
      </PageTitle>
      {done ? <Notice tone="success">{t(done)}</Notice> : null}
      {errors.map((error) => (
        <Notice key={error} tone="error">
          {t(error)}
        </Notice>
      ))}
      <Card className="mb-6 space-y-1">
        <p>{t("list.dates", { from: formatDate(survey.opensAt, locale), until: formatDate(survey.closesAt, locale) })}</p>
        <p>{t(`per.${survey.per}`)}</p>
        <p>{t("list.answers", { count: survey.responses })}</p>
        {survey.intro ? <p className="whitespace-pre-line text-base text-ink/80">{survey.intro}</p> : null}
        <Link to={`${base}/bewerken`} className="inline-flex min-h-tap items-center font-semibold">
          {t("manage.editSettings")}
        </Link>
      </Card>

      {survey.outdatedTranslations > 0 ? <Notice tone="info">{t("manage.outdated", { count: survey.outdatedTranslations })}</Notice> : null}

      {survey.phase === "open" || survey.phase === "closed" || survey.phase === "scheduled" ? (
        <section aria-labelledby="collect-title" className="mb-6 space-y-3">
          <h2 id="collect-title" className="text-2xl font-bold">
            {t("manage.answersTitle")}
          </h2>
          <div className="grid gap-2">
            {survey.may.seeResults ? (
              <LinkButton to={`${base}/resultaten`} className="w-full">
                {t("manage.results")}
              </LinkButton>
            ) : null}
            {survey.may.collect ? (
              <LinkButton to={`${base}/afnemen`} variant="secondary" className="w-full">
                {t("manage.collect")}
              </LinkButton>
            ) : survey.may.enterPaper ? (
              <LinkButton to={`${base}/afnemen?manier=papier`} variant="secondary" className="w-full">
                {t("manage.paper")}
              </LinkButton>
            ) : null}
            {survey.may.invite ? (
              <LinkButton to={`${base}/uitnodiging`} variant="secondary" className="w-full">
                {t("manage.invitation")}
              </LinkButton>
            ) : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="questions-title" className="mb-6 space-y-3">
        <h2 id="questions-title" className="text-2xl font-bold">
          {t("manage.questions", { count: survey.questions.length })}
        </h2>
        {draft ? <p>{t("manage.draftHint")}</p> : <p>{t("manage.fixedHint")}</p>}
        {survey.questions.length === 0 ? <p className="text-ink/70">{t("manage.noQuestions")}</p> : null}
        <ol className="space-y-3">
          {survey.questions.map((question, index) => (
            <li key={question.id}>
              <Card className="space-y-2">
                <p className="flex items-center gap-2 text-base text-ink/80">
                  <KindIcon kind={question.kind} />
                  {t("manage.questionNumber", { number: index + 1 })} · {t(`kinds.${question.kind}`)}
                </p>
                <p className="text-lg font-semibold">{question.text}</p>
                {question.options.length ? (
                  <ul className="space-y-1 text-base">
                    {question.options.map((option) => (
                      <li key={option.id} className="flex items-center gap-2">
                        {isOptionIcon(option.icon) ? <ChoiceIcon icon={option.icon} className="size-6 shrink-0 text-brand-dark" /> : <span className="size-6 shrink-0" />}
                        {option.text}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="flex flex-wrap gap-2 text-sm">
                  {translationLocales.map((l) => {
                    const translation = question.translations.find((tr) => tr.locale === l);
                    const state = !translation ? "missing" : translation.outdated ? "outdated" : "done";
                    const tone = state === "done" ? "bg-green-100 text-green-900" : state === "outdated" ? "bg-amber-100 text-amber-900" : "bg-ink/10";
                    return (
                      <span key={l} className={`rounded px-2 py-0.5 font-semibold ${tone}`}>
                        {l.toUpperCase()}: {t(`manage.translation.${state}`)}
                      </span>
                    );
                  })}
                </p>
                {draft ? (
                  <div className="flex flex-wrap gap-2">
                    <LinkButton to={`${base}/vragen/${question.id}`} variant="secondary" className="px-3">
                      {t("manage.edit")}
                    </LinkButton>
                    <QuestionButton intent="up" questionId={question.id} label={t("manage.up")} disabled={index === 0} />
                    <QuestionButton intent="down" questionId={question.id} label={t("manage.down")} disabled={index === survey.questions.length - 1} />
                    <QuestionButton intent="remove" questionId={question.id} label={t("manage.remove")} danger />
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ol>
        {draft ? (
          <LinkButton to={`${base}/vragen/nieuw`} variant="secondary" className="w-full">
            {t("manage.addQuestion")}
          </LinkButton>
        ) : null}
      </section>

      {draft ? (
        <Form method="post" className="mb-6 space-y-2">
          <p>{t("manage.publishHint")}</p>
          <Button name="intent" value="publish" className="w-full">
            {t("manage.publish")}
          </Button>
        </Form>
      ) : survey.phase === "open" || survey.phase === "scheduled" ? (
        <Form method="post" className="mb-6 space-y-2">
          <p>{t("manage.closeHint")}</p>
          <Button name="intent" value="close" variant="danger" className="w-full">
            {t("manage.close")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}

function QuestionButton({ intent, questionId, label, disabled = false, danger = false }: { intent: string; questionId: string; label: string; disabled?: boolean; danger?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="questionId" value={questionId} />
      <Button name="intent" value={intent} variant={danger ? "danger" : "secondary"} className="px-3" disabled={disabled}>
        {label}
      </Button>
    </Form>
  );
}

import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { AdoptionNote } from "~/features/agreements/components/adoption-note";
import { DiffList } from "~/features/agreements/components/diff-list";
import { formatDate } from "~/components/ui/format";
import { ItemList } from "~/features/agreements/components/item-list";
import { PhaseBadge } from "~/features/agreements/components/phase-badge";
import { TallyView } from "~/features/agreements/components/tally-view";
import { performAgreementAction } from "~/features/agreements/mutations.server";
import { agreementPageAbilities, can } from "~/features/agreements/permissions";
import { getAgreement } from "~/features/agreements/queries.server";
import { choices } from "~/features/agreements/rules";
import { agreementActionSchema } from "~/features/agreements/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { useIntentForm } from "~/utils/intent-form";
import { getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const found = await getAgreement(actor, params.agreementId ?? "");
  if (!found || !can(actor, "read", found.access)) throw notFound();
  const { access, ...agreement } = found;
  // Staff adopt "as the buurtwerker", a resident co-author as one of the writers: the notice will say which.
  return { agreement, may: agreementPageAbilities(actor, access), locale: await getLocale(request), adoptBy: actor.staff ? "staff" : "coauthor" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const id = params.agreementId ?? "";
  const submission = await parseForm(request, agreementActionSchema);
  const intent = submission.payload.intent;
  const subject = typeof submission.payload.itemId === "string" ? submission.payload.itemId : undefined;
  if (submission.status !== "success") return Response.json({ intent, subject, result: submission.reply() }, { status: 400 });
  try {
    await performAgreementAction(actor, id, submission.value);
  } catch (error) {
    return replyWithError(submission, error, { intent, subject });
  }
  return redirect(`/afspraken/${id}?klaar=${submission.value.intent}`);
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>["agreement"];
type May = ReturnType<typeof useLoaderData<typeof loader>>["may"];

const doneMessages: Record<string, string> = {
  respond: "respond.saved",
  comment: "comments.saved",
  open: "author.opened",
  revise: "author.revised",
  adopt: "author.adopted",
  coauthor: "author.coAuthorAdded",
  note: "author.meetingNoteSaved",
  paper: "author.paperSaved",
  acknowledge: "acknowledge.done",
};

export default function AgreementPage() {
  const { t } = useTranslation("agreements");
  const { agreement: a, may, locale } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = doneMessages[searchParams.get("klaar") ?? ""];
  const phase = a.current.phase;
  const confirmAdopt = searchParams.has("goedkeuren") && may.adopt && (phase === "open" || phase === "closed");
  return (
    <>
      <p className="mb-2 text-base">
        <Link to={`/afspraken/gebouw/${a.building.slug}`}>{a.building.name}</Link> ›{" "}
        <Link to={`/afspraken/gebouw/${a.building.slug}/${a.space.slug}`}>{a.space.name}</Link>
      </p>
      <PageTitle
        intro={
          <>
            <PhaseBadge phase={phase} /> <span className="ms-2">{t("version", { number: a.current.number })}</span>
          </>
        }
      >
        {t("notice.heading", { space: a.space.name })}
      </PageTitle>
      {done ? <Notice tone="success">{t(done)}</Notice> : null}
      {searchParams.has("bewaard") ? <Notice tone="success">{t("form.saved")}</Notice> : null}
      {confirmAdopt ? <ConfirmAdoption agreement={a} /> : null}
      {phase === "open" ? <p className="mb-4 font-semibold">{t("openUntil", { date: formatDate(a.current.closesAt, locale) })}</p> : null}
      {a.adopted ? (
        <p className="mb-4">
          {phase === "adopted"
            ? t("adoptedOn", { date: formatDate(a.adopted.adoptedAt, locale), number: a.adopted.number })
            : t("detail.inForce", { number: a.adopted.number, date: formatDate(a.adopted.adoptedAt, locale) })}
        </p>
      ) : null}
      {a.adopted ? <AdoptionNote adoption={a.adopted.adoption} className="mb-4" /> : null}

      {a.changes && (phase === "open" || phase === "draft" || phase === "closed") ? (
        <section className="mb-6 space-y-2" aria-labelledby="changes-title">
          <h2 id="changes-title" className="text-2xl font-bold">
            {t("detail.changesTitle")}
          </h2>
          <p>{t("detail.changesIntro", { number: a.current.number - 1 })}</p>
          <DiffList entries={a.changes} hideUnchanged />
        </section>
      ) : null}

      <section className="mb-6 space-y-3" aria-labelledby="items-title">
        <h2 id="items-title" className="text-2xl font-bold">
          {t("detail.items")}
        </h2>
        <ItemList
          items={a.items}
          after={(item) => {
            const full = a.items.find((i) => i.id === item.id);
            return full ? <Comments itemId={full.id} comments={full.comments} canComment={may.comment} locale={locale} /> : null;
          }}
        />
      </section>

      {a.needsAcknowledgement && may.acknowledge ? <AcknowledgeCard /> : null}
      {may.respond ? <RespondCard agreement={a} /> : null}
      {phase !== "draft" ? <div className="mb-6"><TallyView tally={a.tally} objections={a.objections} households={a.householdCount} /></div> : null}

      {a.meetingNote ? (
        <Card className="mb-6">
          <h2 className="text-xl font-bold">{t("detail.meetingNote")}</h2>
          <p className="whitespace-pre-line">{a.meetingNote}</p>
        </Card>
      ) : null}

      <section className="mb-6 space-y-2 text-base text-ink/80">
        <p>{t("detail.author", { name: a.author })}</p>
        {a.coAuthors.length ? <p>{t("detail.coAuthors", { names: a.coAuthors.map((c) => c.displayName).join(", ") })}</p> : null}
        {a.reviewDate ? <p>{t("detail.reviewDate", { date: formatDate(a.reviewDate, locale) })}</p> : null}
      </section>

      <nav className="mb-6 space-y-3" aria-label={t("versions.list")}>
        {a.adopted ? (
          <LinkButton to={`/afspraken/${a.id}/mededeling`} variant="secondary" className="w-full">
            {t("detail.notice")}
          </LinkButton>
        ) : null}
        {a.current.number > 1 ? (
          <LinkButton to={`/afspraken/${a.id}/vergelijk?van=${a.current.number - 1}&naar=${a.current.number}`} variant="secondary" className="w-full">
            {t("detail.compare")}
          </LinkButton>
        ) : null}
        <h2 className="pt-2 text-xl font-bold">{t("detail.versions")}</h2>
        <ul className="space-y-1">
          {a.versions.map((v) => (
            <li key={v.number}>
              <Link to={`/afspraken/${a.id}/versies/${v.number}`} className="inline-flex min-h-tap items-center">
                {t("version", { number: v.number })}
                {v.adoptedAt ? ` · ${t("phase.adopted")} ${formatDate(v.adoptedAt, locale)}` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {may.edit || a.households ? <AuthorPanel agreement={a} may={may} /> : null}
    </>
  );
}

function Comments({
  itemId,
  comments,
  canComment,
  locale,
}: {
  itemId: string;
  comments: { id: string; body: string; createdAt: Date | string; name: string | null }[];
  canComment: boolean;
  locale: string;
}) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useIntentForm<{ body: string }>("comment", agreementActionSchema, { subject: itemId });
  return (
    <details className="mt-3 ps-7" open={comments.length > 0 || Boolean(fields.body.errors)}>
      <summary className="min-h-tap cursor-pointer py-2 font-semibold text-brand-dark">
        {t("comments.title")} ({comments.length})
      </summary>
      <ul className="space-y-2">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-lg bg-paper p-2">
            <p>{comment.body}</p>
            <p className="text-base text-ink/70">{[comment.name, formatDate(comment.createdAt, locale, "short")].filter(Boolean).join(" · ")}</p>
          </li>
        ))}
      </ul>
      {canComment ? (
        <Form method="post" className="mt-2 space-y-2" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="comment" />
          <input type="hidden" name="itemId" value={itemId} />
          <ErrorList errors={form.errors} />
          <TextareaField label={t("comments.add")} errors={fields.body.errors} {...getTextareaProps(fields.body)} rows={2} />
          <Button variant="secondary" className="w-full">
            {t("comments.submit")}
          </Button>
        </Form>
      ) : null}
    </details>
  );
}

function RespondCard({ agreement: a }: { agreement: Data }) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useIntentForm<{ choice: string; reason: string }>("respond", agreementActionSchema, {
    defaultValue: { choice: a.myResponse?.choice, reason: a.myResponse?.reason ?? undefined },
  });
  const phase = a.current.phase;
  return (
    <Card className="mb-6 space-y-3">
      <h2 id="respond-title" className="text-2xl font-bold">
        {t("respond.title")}
      </h2>
      {a.myResponse ? <p className="font-semibold">{t("respond.yours", { choice: t(`respond.${a.myResponse.choice}`) })}</p> : null}
      {!a.myResponse && a.household ? (
        <p className="font-semibold">
          {t("respond.household", { choice: t(`respond.${a.household.choice}`) })}
          {a.household.method === "paper" ? ` (${t("respond.onPaper")})` : ""}
        </p>
      ) : null}
      {phase === "open" ? (
        <Form method="post" className="space-y-4" {...getFormProps(form)} aria-labelledby="respond-title">
          <input type="hidden" name="intent" value="respond" />
          <p>{t("respond.intro")}</p>
          <ErrorList id={form.errorId} errors={form.errors} />
          <fieldset className="space-y-2" aria-describedby={fields.choice.errors ? `${fields.choice.id}-error` : undefined}>
            <legend className="sr-only">{t("respond.title")}</legend>
            {choices.map((choice) => {
              const props = getInputProps(fields.choice, { type: "radio", value: choice });
              return (
                <label key={choice} className="flex min-h-tap cursor-pointer items-center gap-3 rounded-lg border-2 border-ink/20 bg-white px-3 has-[:checked]:border-brand">
                  <input {...props} key={props.key} className="h-6 w-6 accent-brand" />
                  <span className="text-lg font-semibold">{t(`respond.${choice}`)}</span>
                </label>
              );
            })}
            <ErrorList id={`${fields.choice.id}-error`} errors={fields.choice.errors} />
          </fieldset>
          <TextareaField label={t("respond.reason")} hint={t("respond.reasonHint")} errors={fields.reason.errors} {...getTextareaProps(fields.reason)} rows={3} />
          <Button className="w-full">{t("respond.submit")}</Button>
        </Form>
      ) : (
        <p>{phase === "draft" ? t("respond.notOpenText") : t("respond.closedText")}</p>
      )}
    </Card>
  );
}

/**
 * The step before adopting (issue 16): how many households answered, the closing date, the quorum, and what the
 * hallway notice will say. Adopting with too few answers or before the closing date stays possible, said out loud.
 */
function ConfirmAdoption({ agreement: a }: { agreement: Data }) {
  const { t } = useTranslation("agreements");
  const { locale, adoptBy } = useLoaderData<typeof loader>();
  const [form] = useIntentForm<{ confirm: string }>("adopt", agreementActionSchema);
  const check = a.adoptionCheck;
  const closesAt = formatDate(a.current.closesAt, locale);
  return (
    <Card className="mb-6 space-y-3 border-2 border-brand">
      <h2 id="goedkeuren" className="text-2xl font-bold">
        {t("confirmAdopt.title")}
      </h2>
      <p data-testid="adopt-tally">
        {t("confirmAdopt.tally", { count: check.answered, households: check.households })}{" "}
        {t("confirmAdopt.choices", { agree: a.tally.agree, abstain: a.tally.abstain, object: a.tally.object })}
      </p>
      <p>{check.closed ? t("confirmAdopt.closed", { date: closesAt }) : t("confirmAdopt.open", { date: closesAt })}</p>
      <p>{t("confirmAdopt.quorum", { count: check.needed, households: check.households, percent: check.quorumPercent })}</p>
      {!check.quorumMet ? <p className="rounded-lg border-s-4 border-amber-700 bg-amber-50 p-3 font-semibold">{t("confirmAdopt.fewAnswers")}</p> : null}
      {!check.closed ? <p className="rounded-lg border-s-4 border-amber-700 bg-amber-50 p-3 font-semibold">{t("confirmAdopt.beforeClosing", { date: closesAt })}</p> : null}
      <p>
        {t("confirmAdopt.notice")}{" "}
        <q className="font-semibold">
          {check.together
            ? t("confirmAdopt.together")
            : [t(`adoption.${adoptBy}`, { count: check.answered, households: check.households }), check.closed ? "" : t("adoption.early")].filter(Boolean).join(" ")}
        </q>
      </p>
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="adopt" />
        <input type="hidden" name="confirm" value="yes" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Button className="w-full">{t("confirmAdopt.yes")}</Button>
      </Form>
      <LinkButton to={`/afspraken/${a.id}`} variant="secondary" className="w-full">
        {t("confirmAdopt.no")}
      </LinkButton>
    </Card>
  );
}

function AcknowledgeCard() {
  const { t } = useTranslation("agreements");
  return (
    <Card className="mb-6 space-y-3 border-brand">
      <h2 className="text-2xl font-bold">{t("acknowledge.title")}</h2>
      <p>{t("acknowledge.text")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="acknowledge" />
        <Button className="w-full">{t("acknowledge.button")}</Button>
      </Form>
    </Card>
  );
}

function AuthorPanel({ agreement: a, may }: { agreement: Data; may: May }) {
  const { t } = useTranslation("agreements");
  const phase = a.current.phase;
  const [openForm, openFields] = useIntentForm<{ closesAt: string }>("open", agreementActionSchema);
  const [noteForm, noteFields] = useIntentForm<{ meetingNote: string }>("note", agreementActionSchema, { defaultValue: { meetingNote: a.meetingNote ?? undefined } });
  const [lifecycleForm] = useIntentForm<{ intent: string }>("revise", agreementActionSchema);
  return (
    <section className="space-y-4 rounded-xl border-2 border-dashed border-ink/30 p-4" aria-labelledby="author-title">
      <h2 id="author-title" className="text-2xl font-bold">
        {t("author.title")}
      </h2>
      {phase === "draft" && may.edit ? (
        <LinkButton to={`/afspraken/${a.id}/bewerken`} variant="secondary" className="w-full">
          {t("author.edit")}
        </LinkButton>
      ) : null}
      {phase === "draft" && may.open ? (
        <Form method="post" className="space-y-3" {...getFormProps(openForm)}>
          <input type="hidden" name="intent" value="open" />
          <ErrorList id={openForm.errorId} errors={openForm.errors} />
          <Field label={t("author.closesAt")} errors={openFields.closesAt.errors} {...getInputProps(openFields.closesAt, { type: "date" })} />
          <Button className="w-full">{t("author.open")}</Button>
        </Form>
      ) : null}
      {(phase === "open" || phase === "closed") && may.adopt ? (
        // First the confirmation with the tally, the quorum and the closing date (at the top of the page).
        <LinkButton to={`/afspraken/${a.id}?goedkeuren=1#goedkeuren`} className="w-full">
          {t("author.adopt")}
        </LinkButton>
      ) : null}
      {(phase === "open" || phase === "closed" || phase === "adopted") && may.revise ? (
        <Form method="post" {...getFormProps(lifecycleForm)}>
          <input type="hidden" name="intent" value="revise" />
          <ErrorList id={lifecycleForm.errorId} errors={lifecycleForm.errors} />
          <Button variant="secondary" className="w-full">
            {t("author.revise")}
          </Button>
        </Form>
      ) : null}
      {may.setMeetingNote ? (
        <Form method="post" className="space-y-3" {...getFormProps(noteForm)}>
          <input type="hidden" name="intent" value="note" />
          <TextareaField
            label={t("author.meetingNote")}
            hint={t("author.meetingNoteHint")}
            errors={noteFields.meetingNote.errors}
            {...getTextareaProps(noteFields.meetingNote)}
            rows={3}
          />
          <Button variant="secondary" className="w-full">
            {t("common:actions.save")}
          </Button>
        </Form>
      ) : null}
      {a.households ? <StaffPanel agreement={a} households={a.households} may={may} /> : null}
    </section>
  );
}

/** For the staff of the neighbourhood: co-authors, paper answers, and every household by name. */
function StaffPanel({ agreement: a, households, may }: { agreement: Data; households: NonNullable<Data["households"]>; may: May }) {
  const { t } = useTranslation("agreements");
  const phase = a.current.phase;
  const [paperForm, paperFields] = useIntentForm<{ unit: string; choice: string; reason: string }>("paper", agreementActionSchema);
  const [coForm, coFields] = useIntentForm<{ userId: string }>("coauthor", agreementActionSchema);
  return (
    <>
      {may.addCoAuthor ? (
        <Form method="post" className="space-y-3" {...getFormProps(coForm)}>
          <input type="hidden" name="intent" value="coauthor" />
          <ErrorList id={coForm.errorId} errors={coForm.errors} />
          <SelectField label={t("author.coAuthor")} errors={coFields.userId.errors} {...getSelectProps(coFields.userId)}>
            <option value="">-</option>
            {households.residents.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.unit})
              </option>
            ))}
          </SelectField>
          <Button variant="secondary" className="w-full">
            {t("author.coAuthorAdd")}
          </Button>
        </Form>
      ) : null}

      {phase === "open" && may.recordPaperConsent ? (
        <Form method="post" className="space-y-3" {...getFormProps(paperForm)}>
          <input type="hidden" name="intent" value="paper" />
          <h3 className="text-xl font-bold">{t("author.paperTitle")}</h3>
          <p>{t("author.paperIntro")}</p>
          <ErrorList id={paperForm.errorId} errors={paperForm.errors} />
          <SelectField label={t("author.household")} errors={paperFields.unit.errors} {...getSelectProps(paperFields.unit)}>
            <option value="">-</option>
            {households.units.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("respond.title")} errors={paperFields.choice.errors} {...getSelectProps(paperFields.choice)}>
            <option value="">-</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`respond.${choice}`)}
              </option>
            ))}
          </SelectField>
          <TextareaField label={t("respond.reason")} errors={paperFields.reason.errors} {...getTextareaProps(paperFields.reason)} rows={2} />
          <Button variant="secondary" className="w-full">
            {t("common:actions.save")}
          </Button>
        </Form>
      ) : null}

      <h3 className="text-xl font-bold">{t("author.households")}</h3>
      <ul className="divide-y divide-ink/10 text-base" data-testid="households">
        {households.units.map((unit) => {
          const consent = households.consents.find((c) => c.unit === unit);
          return (
            <li key={unit} className="flex justify-between gap-2 py-1">
              <span>{unit}</span>
              <span>
                {consent
                  ? [
                      t(`respond.${consent.choice}`),
                      consent.method === "paper" ? t("tally.paper") : t("author.online"),
                      consent.name,
                      consent.assistedBy ? t("author.withHelpOf", { name: consent.assistedBy }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : t("author.noAnswer")}
              </span>
            </li>
          );
        })}
      </ul>

      {a.adopted ? (
        <>
          <h3 className="text-xl font-bold">{t("author.notAcknowledged")}</h3>
          {households.notAcknowledged.length ? (
            <ul className="list-disc ps-6 text-base" data-testid="not-acknowledged">
              {households.notAcknowledged.map((r) => (
                <li key={`${r.name}-${r.unit}`}>
                  {r.name} ({r.unit})
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("author.allAcknowledged")}</p>
          )}
        </>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

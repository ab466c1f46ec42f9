import { getFormProps, getInputProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { formatDate } from "~/components/ui/format";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Choices } from "~/features/outreach/components/choices";
import { FollowUpFields } from "~/features/outreach/components/follow-up-fields";
import { KnockForm } from "~/features/outreach/components/knock-form";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { OutreachIcon } from "~/features/outreach/components/outreach-icon";
import { performHouseholdAction } from "~/features/outreach/mutations.server";
import { can, householdAbilities } from "~/features/outreach/permissions";
import { getHousehold, referralOptions } from "~/features/outreach/queries.server";
import { householdActionSchema } from "~/features/outreach/schema";
import { helpKinds } from "~/features/help/vocabulary";
import {
  consentItems,
  consentMethods,
  householdLanguages,
  manualOutcomes,
  referralKinds,
  type ReferralKind,
} from "~/features/outreach/vocabulary";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { forbidden, notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { idempotencyKeyFrom } from "~/utils/idempotency.server";
import { useIntentForm, type IntentActionData } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";
import { isOfflineQueued, type OfflineQueuedResult } from "~/utils/pwa";
import { openedFromThisSite } from "~/utils/same-origin";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:households.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  // Phone numbers only when asked for from the app itself: each time is a logged view, and a link on another site
  // cannot make one.
  const withContact =
    new URL(request.url).searchParams.has("telefoon") &&
    openedFromThisSite((name) => request.headers.get(name));
  const data = await getHousehold(actor, params.householdId ?? "", { withContact });
  if (!data) throw notFound();
  const allowed = householdAbilities(actor, data.household);
  return {
    ...data,
    allowed,
    options: allowed.refer ? await referralOptions(actor, data.household.neighbourhoodId) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const householdId = params.householdId ?? "";
  const submission = await parseForm(request, householdActionSchema);
  const intent = submission.payload.intent;
  if (submission.status !== "success")
    return Response.json({ intent, result: submission.reply() }, { status: 400 });
  try {
    const done = await performHouseholdAction(actor, householdId, submission.value, {
      idempotencyKey: idempotencyKeyFrom(submission.payload),
    });
    return redirect(`/buurtwerk/huishoudens/${householdId}?klaar=${done}`);
  } catch (error) {
    const subject =
      typeof submission.payload.referralId === "string" ? submission.payload.referralId : undefined;
    return replyWithError(submission, error, { intent, subject });
  }
}

export default function Household() {
  const { t, i18n } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { household, members, knocks, followUps, intakes, referrals, options, contactShown, allowed } =
    useLoaderData<typeof loader>();
  const running = followUps.find((f) => f.status !== "ended");
  const actionData = useActionData<IntentActionData | OfflineQueuedResult>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("klaar");
  const anyPhone = members.some((m) => m.hasPhone);
  const knockErrors =
    actionData && "result" in actionData && actionData.intent === "knock"
      ? (actionData.result.error?.[""] ?? actionData.result.error?.outcome)
      : undefined;
  return (
    <>
      <PageTitle intro={household.neighbourhood.name}>{household.address}</PageTitle>
      {searchParams.get("gekend") ? <Notice tone="info">{t("newHousehold.existed")}</Notice> : null}
      {done &&
      [
        "knocked",
        "memberAdded",
        "memberRemoved",
        "consentSaved",
        "followUpStarted",
        "intake",
        "referred",
        "outcomeSaved",
      ].includes(done) ? (
        <Notice tone="success">{t(`household.done.${done}`)}</Notice>
      ) : null}
      {household.movedAt ? (
        <Notice tone="info">
          {t("household.movedOn", { date: formatDate(household.movedAt, i18n.language) })}
        </Notice>
      ) : null}
      <div className="space-y-5">
        {intakes.length ? <Intakes intakes={intakes} /> : null}
        <Card className="space-y-3">
          <h2 className="text-2xl font-bold">{t("household.members")}</h2>
          {members.length === 0 ? <p>{t("household.noMembers")}</p> : null}
          <ul className="space-y-2">
            {members.map((member) => (
              <li
                key={member.id}
                className="flex items-center justify-between gap-3 border-t border-ink/10 pt-2 first:border-0 first:pt-0"
              >
                <div className="min-w-0 break-words">
                  <p className="font-semibold">{member.name}</p>
                  <p className="text-base text-ink/80">
                    {[
                      member.child ? t("household.child") : null,
                      member.hasAccount ? t("household.hasAccount") : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {contactShown ? (
                    <p className="text-base">
                      {member.phone ? (
                        <a href={`tel:${member.phone.replace(/[^\d+]/g, "")}`}>{member.phone}</a>
                      ) : (
                        t("household.noPhone")
                      )}
                    </p>
                  ) : null}
                </div>
                {allowed.knock ? (
                  <Form method="post" className="shrink-0">
                    <input type="hidden" name="intent" value="removeMember" />
                    <input type="hidden" name="memberId" value={member.id} />
                    <Button
                      variant="ghost"
                      className="px-2 text-base"
                      aria-label={`${t("household.removeMember")}: ${member.name}`}
                    >
                      {t("household.removeMember")}
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
          {anyPhone && allowed.seeContact && !contactShown ? (
            <>
              <a
                href={`/buurtwerk/huishoudens/${household.id}?telefoon=1`}
                className={buttonClass("secondary", "w-full")}
              >
                {t("household.showPhones")}
              </a>
              <p className="text-base text-ink/70">{t("household.phonesLogged")}</p>
            </>
          ) : null}
          {contactShown ? <p className="text-base text-ink/70">{t("household.phonesLogged")}</p> : null}
          {allowed.knock ? <AddMember /> : null}
          {allowed.knock ? (
            <Link
              to={`/onthaal/intake?huishouden=${household.id}`}
              className="inline-flex min-h-tap items-center font-semibold"
            >
              {t("intake.take")}
            </Link>
          ) : null}
        </Card>

        {allowed.knock ? <LanguagesAndConsent household={household} /> : null}

        <Card className="space-y-3">
          <h2 className="text-2xl font-bold">{t("followUp.title")}</h2>
          {running ? (
            <div className="space-y-2">
              <p>
                {t(`followUp.statuses.${running.status}`)} ·{" "}
                {t("followUp.since", {
                  date: formatDate(running.startedAt, i18n.language),
                  name: running.owner?.displayName ?? "",
                })}
              </p>
              <p>
                <span className="font-semibold">{t("followUp.nextStep")}:</span> {running.nextStep}
                {running.nextStepDue ? ` · ${formatDate(running.nextStepDue, i18n.language)}` : ""}
              </p>
              <Link to={`/buurtwerk/opvolging/${running.id}`} className={buttonClass("primary", "w-full")}>
                {t("followUp.open")}
              </Link>
            </div>
          ) : allowed.followUp ? (
            <StartFollowUp consented={household.consent.includes("followUp")} />
          ) : null}
          {followUps
            .filter((f) => f.status === "ended")
            .map((f) => (
              <p key={f.id} className="text-base">
                <Link to={`/buurtwerk/opvolging/${f.id}`}>
                  {t("followUp.earlier", {
                    from: formatDate(f.startedAt, i18n.language),
                    until: formatDate(f.endedAt, i18n.language),
                  })}
                </Link>
              </p>
            ))}
        </Card>

        <Referrals referrals={referrals} options={options} members={members} allowed={allowed} />

        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("household.knocks")}</h2>
          {allowed.knock ? (
            <Card className="space-y-3">
              <h3 className="text-xl font-semibold">{t("household.knockTitle")}</h3>
              <ErrorList errors={knockErrors} />
              {isOfflineQueued(actionData) ? <OfflineQueuedNotice /> : null}
              <KnockForm householdId={household.id} address={household.address} />
            </Card>
          ) : null}
          {knocks.length === 0 ? <p>{t("household.noKnocks")}</p> : null}
          <ul className="space-y-2">
            {knocks.map((knock) => (
              <li key={knock.id} className="rounded-lg border border-ink/10 bg-white p-3">
                <p className="flex items-center gap-2 font-semibold">
                  <OutreachIcon name={knock.outcome} />
                  <span>
                    {labels.outcome(knock.outcome)} · {formatDate(knock.knockedAt, i18n.language, "short")}
                  </span>
                </p>
                <p className="text-base text-ink/80">
                  {[
                    knock.knockedBy?.displayName,
                    knock.comeBackOn
                      ? t("knock.comeBackDate", {
                          date: formatDate(knock.comeBackOn, i18n.language, "short"),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {knock.note ? <p className="text-base">{knock.note}</p> : null}
                {knock.signals.length ? (
                  <p className="text-base">{knock.signals.map(labels.signal).join(", ")}</p>
                ) : null}
              </li>
            ))}
          </ul>
          {household.stops.length ? (
            <p className="text-base">
              {t("household.rounds")}:{" "}
              {household.stops.map((stop, index) => (
                <span key={stop.round.id}>
                  {index > 0 ? ", " : ""}
                  <Link to={`/buurtwerk/rondes/${stop.round.id}`}>{stop.round.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

/** Where the household's members were led, and what came of it; a form to refer someone. */
function Referrals({
  referrals,
  options,
  members,
  allowed,
}: Pick<PageData, "referrals" | "options" | "members" | "allowed">) {
  const { t, i18n } = useTranslation("outreach");
  return (
    <Card className="space-y-3">
      <h2 className="text-2xl font-bold">{t("referral.title")}</h2>
      {referrals.length === 0 ? <p>{t("referral.none")}</p> : null}
      <ul className="space-y-3" data-testid="referrals">
        {referrals.map((r) => (
          <li key={r.id} className="space-y-1 border-t border-ink/10 pt-2 first:border-0 first:pt-0">
            <p className="font-semibold">
              {r.person ? `${r.person}: ` : ""}
              {r.kind === "activity"
                ? `${r.activity?.title ?? ""}${r.occurrence ? ` (${formatDate(r.occurrence.startsAt, i18n.language)})` : ""}`
                : r.kind === "partner"
                  ? (r.partner?.name ?? "")
                  : t("referral.kinds.buddy")}
            </p>
            {r.kind === "partner" && r.partner ? (
              <p className="text-base text-ink/80">
                {[r.partner.phone, r.partner.email].filter(Boolean).join(" · ")}
              </p>
            ) : null}
            <p className="text-base text-ink/80">
              {r.kind === "activity"
                ? `${t(`referral.how.${r.how === "signUp" ? "signUp" : "invitation"}`)} · `
                : ""}
              {t("intake.by", {
                date: formatDate(r.createdAt, i18n.language),
                name: r.referredBy?.displayName ?? "",
              })}
            </p>
            <p>
              <span className={r.status === "open" ? "font-semibold" : "font-semibold text-green-800"}>
                {t(`referral.statuses.${r.status}`)}
              </span>
              {r.status === "came" && r.firstVisit ? ` · ${t("referral.firstVisit")}` : ""}
              {r.outcomeNote ? ` · ${r.outcomeNote}` : ""}
            </p>
            {r.helpRequestId ? (
              <Link to={`/hulp/vragen/${r.helpRequestId}`}>{t("intake.openHelp")}</Link>
            ) : null}
            {r.status === "open" &&
            allowed.recordOutcome &&
            manualOutcomes[r.kind as ReferralKind]?.length ? (
              <OutcomeForm referralId={r.id} outcomes={manualOutcomes[r.kind as ReferralKind]} />
            ) : null}
          </li>
        ))}
      </ul>
      {allowed.refer && options ? <ReferForm options={options} members={members} /> : null}
    </Card>
  );
}

function OutcomeForm({ referralId, outcomes }: { referralId: string; outcomes: readonly string[] }) {
  const { t } = useTranslation("outreach");
  const [form, fields] = useIntentForm<{ status: string; outcomeNote: string }>(
    "referralOutcome",
    householdActionSchema,
    { subject: referralId },
  );
  return (
    <details
      className="rounded-lg border border-ink/15 p-2"
      open={Boolean(form.errors?.length || fields.status.errors?.length)}
    >
      <summary className="flex min-h-tap cursor-pointer items-center font-semibold">
        {t("referral.outcome")}
      </summary>
      <Form method="post" className="space-y-3 pt-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="referralOutcome" />
        <input type="hidden" name="referralId" value={referralId} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Choices
          type="radio"
          legend={t("referral.outcome")}
          name="status"
          errors={fields.status.errors}
          options={outcomes.map((status) => ({ value: status, label: t(`referral.statuses.${status}`) }))}
        />
        <Field
          label={t("referral.outcomeNote")}
          hint={t("common:form.optional")}
          name="outcomeNote"
          maxLength={300}
        />
        <Button variant="secondary" className="w-full">
          {t("referral.saveOutcome")}
        </Button>
      </Form>
    </details>
  );
}

function ReferForm({
  options,
  members,
}: {
  options: NonNullable<PageData["options"]>;
  members: PageData["members"];
}) {
  const { t, i18n } = useTranslation("outreach");
  const [form, fields] = useIntentForm<{
    memberId: string;
    kind: string;
    occurrenceId: string;
    how: string;
    partnerId: string;
    helpKind: string;
    note: string;
  }>("refer", householdActionSchema);
  const failed = Boolean(form.errors?.length || Object.values(fields).some((field) => field.errors?.length));
  return (
    <details className="rounded-xl border border-ink/15 p-3" open={failed}>
      <summary className="flex min-h-tap cursor-pointer items-center text-xl font-bold">
        {t("referral.new")}
      </summary>
      <Form method="post" className="space-y-4 pt-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="refer" />
        <ErrorList id={form.errorId} errors={form.errors} />
        {members.length ? (
          <Choices
            type="radio"
            legend={t("referral.who")}
            name="memberId"
            errors={fields.memberId.errors}
            options={members.map((m) => ({ value: m.id, label: m.name }))}
          />
        ) : null}
        <Choices
          type="radio"
          legend={t("referral.where")}
          name="kind"
          errors={fields.kind.errors}
          options={referralKinds.map((kind) => ({ value: kind, label: t(`referral.kinds.${kind}`) }))}
        />
        <SelectField
          label={t("referral.occurrence")}
          name="occurrenceId"
          errors={fields.occurrenceId.errors}
          defaultValue=""
        >
          <option value="">-</option>
          {options.occurrences.map((o) => (
            <option key={o.id} value={o.id}>
              {`${o.title} · ${formatDate(o.startsAt, i18n.language, "short")}`}
            </option>
          ))}
        </SelectField>
        <Choices
          type="radio"
          legend={t("referral.howLegend")}
          hint={t("referral.howHint")}
          name="how"

          selected={["invitation"]}
          options={["invitation", "signUp"].map((how) => ({ value: how, label: t(`referral.how.${how}`) }))}
        />
        <SelectField
          label={t("intake.partner")}
          name="partnerId"
          errors={fields.partnerId.errors}
          defaultValue=""
        >
          <option value="">-</option>
          {options.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("intake.helpKind")}
          name="helpKind"
          errors={fields.helpKind.errors}
          defaultValue=""
        >
          <option value="">-</option>
          {helpKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`referral.helpKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          label={t("referral.note")}
          hint={t("referral.noteHint")}
          name="note"
          maxLength={600}
          errors={fields.note.errors}
        />
        <Button className="w-full">{t("referral.send")}</Button>
      </Form>
    </details>
  );
}

type IntakeRows = ReturnType<typeof useLoaderData<typeof loader>>["intakes"];

/** What the household told at the desk: the next worker reads it here and does not ask again. */
function Intakes({ intakes }: { intakes: IntakeRows }) {
  const { t, i18n } = useTranslation("outreach");
  return (
    <Card className="space-y-3">
      <h2 className="text-2xl font-bold">{t("intake.list")}</h2>
      <ul className="space-y-3" data-testid="intakes">
        {intakes.map((intake) => (
          <li key={intake.id} className="space-y-1 border-t border-ink/10 pt-2 first:border-0 first:pt-0">
            <p className="text-base text-ink/80">
              {t("intake.by", {
                date: formatDate(intake.createdAt, i18n.language),
                name: intake.createdBy?.displayName ?? "",
              })}
              {intake.person ? ` · ${intake.person}` : ""}
            </p>
            <p className="whitespace-pre-line">{intake.question}</p>
            <p className="font-semibold">
              {t(`intake.routes.${intake.route}`)}
              {intake.partner ? `: ${intake.partner}` : ""}
            </p>
            {intake.helpRequestId ? (
              <Link to={`/hulp/vragen/${intake.helpRequestId}`}>{t("intake.openHelp")}</Link>
            ) : null}
            {intake.followUpId ? (
              <Link to={`/buurtwerk/opvolging/${intake.followUpId}`}>{t("intake.openFollowUp")}</Link>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function StartFollowUp({ consented }: { consented: boolean }) {
  const { t } = useTranslation("outreach");
  const [form, fields] = useIntentForm<{ wishes: string[]; nextStep: string; nextStepDue: string }>(
    "startFollowUp",
    householdActionSchema,
  );
  if (!consented) return <p>{t("followUp.consentFirst")}</p>;
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <IdempotencyKeyInput />
      <input type="hidden" name="intent" value="startFollowUp" />
      <p>{t("followUp.startIntro")}</p>
      <ErrorList id={form.errorId} errors={form.errors} />
      <FollowUpFields errors={{ nextStep: fields.nextStep.errors, nextStepDue: fields.nextStepDue.errors }} />
      <Button className="w-full">{t("followUp.start")}</Button>
    </Form>
  );
}

function AddMember() {
  const { t } = useTranslation("outreach");
  const [form, fields] = useIntentForm<{ name: string; phone: string; child: string }>(
    "addMember",
    householdActionSchema,
  );
  return (
    <details
      className="rounded-lg border border-ink/15 p-2"
      open={Boolean(form.errors?.length || fields.name.errors?.length || fields.phone.errors?.length)}
    >
      <summary className="flex min-h-tap cursor-pointer items-center font-semibold">
        {t("household.addMember")}
      </summary>
      <Form method="post" className="space-y-3 pt-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="addMember" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("household.memberName")}
          errors={fields.name.errors}
          {...getInputProps(fields.name, { type: "text" })}
          autoComplete="off"
        />
        <Field
          label={t("household.memberPhone")}
          hint={t("common:form.optional")}
          errors={fields.phone.errors}
          {...getInputProps(fields.phone, { type: "tel" })}
          autoComplete="off"
        />
        <label className="flex min-h-tap items-center gap-3 text-lg">
          <input type="checkbox" name={fields.child.name} value="on" className="h-6 w-6 accent-brand" />
          {t("household.isChild")}
        </label>
        <Button variant="secondary" className="w-full">
          {t("household.addMemberButton")}
        </Button>
      </Form>
    </details>
  );
}

type HouseholdData = ReturnType<typeof useLoaderData<typeof loader>>["household"];

function LanguagesAndConsent({ household }: { household: HouseholdData }) {
  const { t, i18n } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const [form, fields] = useIntentForm<{ languages: string[]; consent: string[]; consentMethod: string }>(
    "consent",
    householdActionSchema,
  );
  return (
    <Card className="space-y-3">
      <h2 className="text-2xl font-bold">{t("household.languagesTitle")}</h2>
      {household.consent.length && household.consentAt ? (
        <p className="text-base">
          {t("household.consentRecorded", {
            name: household.consentRecordedBy?.displayName ?? "",
            date: formatDate(household.consentAt, i18n.language),
            method: t(`consent.methods.${household.consentMethod ?? "verbal"}`),
          })}
        </p>
      ) : (
        <p className="text-base font-semibold">{t("household.noConsent")}</p>
      )}
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="consent" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Choices
          legend={t("household.languages")}
          name="languages"
          columns={2}
          selected={household.languages}
          options={householdLanguages.map((code) => ({ value: code, label: labels.language(code) }))}
        />
        <Choices
          legend={t("household.consent")}
          name="consent"
          selected={household.consent}
          options={consentItems.map((item) => ({ value: item, label: t(`consent.items.${item}`) }))}
        />
        <Choices
          legend={t("household.consentMethod")}
          name="consentMethod"
          type="radio"
          selected={household.consentMethod ? [household.consentMethod] : []}
          errors={fields.consentMethod.errors}
          options={consentMethods.map((method) => ({ value: method, label: t(`consent.methods.${method}`) }))}
        />
        <Button variant="secondary" className="w-full">
          {t("household.saveConsent")}
        </Button>
      </Form>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

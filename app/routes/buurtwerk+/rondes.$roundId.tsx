import { getFormProps, getInputProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { formatDate } from "~/components/ui/format";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { KnockForm } from "~/features/outreach/components/knock-form";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { OutreachIcon } from "~/features/outreach/components/outreach-icon";
import { performRoundAction } from "~/features/outreach/mutations.server";
import { can } from "~/features/outreach/permissions";
import { getRound } from "~/features/outreach/queries.server";
import { roundActionSchema } from "~/features/outreach/schema";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { usePwaState } from "~/features/pwa/pwa-state";
import { forbidden, notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { idempotencyKeyFrom } from "~/utils/idempotency.server";
import { useIntentForm, type IntentActionData } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";
import { isOfflineQueued, type OfflineQueuedResult } from "~/utils/pwa";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:rounds.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const data = await getRound(actor, params.roundId ?? "");
  if (!data) throw notFound();
  return data;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const roundId = params.roundId ?? "";
  const submission = await parseForm(request, roundActionSchema);
  const intent = submission.payload.intent;
  if (submission.status !== "success")
    return Response.json({ intent, result: submission.reply() }, { status: 400 });
  try {
    const done = await performRoundAction(actor, roundId, submission.value, {
      idempotencyKey: idempotencyKeyFrom(submission.payload),
    });
    const back = new URLSearchParams(new URL(request.url).searchParams);
    back.delete("bewaard");
    back.delete("uitkomst");
    back.delete("toegevoegd");
    if (done.done === "knocked" && submission.value.intent === "knock") {
      back.set("bewaard", done.householdId);
      back.set("uitkomst", submission.value.outcome);
    } else {
      back.set("toegevoegd", "1");
    }
    return redirect(
      `/buurtwerk/rondes/${roundId}?${back}${done.householdId ? `#adres-${done.householdId}` : ""}`,
    );
  } catch (error) {
    return replyWithError(submission, error, { intent });
  }
}

export default function Round() {
  const { t, i18n } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { round, stops, progress, toKnockAgain } = useLoaderData<typeof loader>();
  const actionData = useActionData<IntentActionData | OfflineQueuedResult>();
  const [searchParams] = useSearchParams();
  const pwa = usePwaState();
  // Doors knocked on while offline: the phone keeps them until the network is back (the service worker's queue).
  const [queuedHere, setQueuedHere] = useState<Record<string, string>>({});
  const onlyAgain = searchParams.get("lijst") === "opnieuw";
  const shown = onlyAgain ? stops.filter((s) => s.again) : stops;
  const saved = stops.find((s) => s.householdId === searchParams.get("bewaard"));
  const queued = isOfflineQueued(actionData) || pwa.queued;
  const pageErrors =
    actionData && "result" in actionData && actionData.intent === "knock"
      ? (actionData.result.error?.[""] ?? actionData.result.error?.outcome)
      : undefined;
  return (
    <>
      <PageTitle intro={`${round.neighbourhood.name} · ${formatDate(round.plannedOn, i18n.language)}`}>
        {round.title}
      </PageTitle>
      {searchParams.get("gepland") ? <Notice tone="success">{t("rounds.planned")}</Notice> : null}
      {saved && searchParams.get("uitkomst") ? (
        <Notice tone="success">
          {t("knock.saved", {
            address: saved.address,
            outcome: labels.outcome(searchParams.get("uitkomst") ?? ""),
          })}
        </Notice>
      ) : null}
      {searchParams.get("toegevoegd") ? <Notice tone="success">{t("round.added")}</Notice> : null}
      {isOfflineQueued(actionData) ? <OfflineQueuedNotice /> : null}
      <ErrorList errors={pageErrors} />
      <p className="mb-2 text-base">
        {t("rounds.progress", {
          done: progress.done,
          again: toKnockAgain,
          comeBack: progress.comeBack + progress.again - toKnockAgain,
          new: progress.new,
        })}
      </p>
      <p className="mb-4 text-base text-ink/70">{t("round.offlineHint")}</p>
      <nav className="mb-4 grid grid-cols-2 gap-2" aria-label={round.title}>
        <Link
          to={`/buurtwerk/rondes/${round.id}`}
          aria-current={!onlyAgain ? "page" : undefined}
          className={`flex min-h-tap items-center justify-center rounded-lg border-2 px-2 text-center font-semibold no-underline ${!onlyAgain ? "border-brand bg-brand-light" : "border-ink/20 bg-white"}`}
        >
          {t("round.all", { count: stops.length })}
        </Link>
        <Link
          to={`/buurtwerk/rondes/${round.id}?lijst=opnieuw`}
          aria-current={onlyAgain ? "page" : undefined}
          className={`flex min-h-tap items-center justify-center rounded-lg border-2 px-2 text-center font-semibold no-underline ${onlyAgain ? "border-brand bg-brand-light" : "border-ink/20 bg-white"}`}
        >
          {t("round.again", { count: toKnockAgain })}
        </Link>
      </nav>
      {onlyAgain && shown.length === 0 ? <p className="mb-4">{t("round.noneAgain")}</p> : null}
      {!onlyAgain ? <p className="mb-2 text-base text-ink/70">{t("round.walkingOrder")}</p> : null}
      <ul className="mb-6 space-y-2">
        {shown.map((stop) => (
          <li key={stop.householdId}>
            <details
              id={`adres-${stop.householdId}`}
              className="rounded-xl border border-ink/10 bg-white shadow-sm"
              data-testid="stop"
            >
              <summary className="flex min-h-tap cursor-pointer flex-col justify-center gap-0.5 p-3">
                <span className="text-xl font-semibold">{stop.address}</span>
                <span className="flex items-center gap-2 text-base text-ink/80">
                  {stop.last ? <OutreachIcon name={stop.last.outcome} size={18} /> : null}
                  <span>
                    {stop.last
                      ? t("knock.last", {
                          outcome: labels.outcome(stop.last.outcome),
                          date: formatDate(stop.last.at, i18n.language, "short"),
                        })
                      : t("states.new")}
                    {stop.attempts > 1 ? ` · ${t("knock.attempts", { count: stop.attempts })}` : ""}
                    {stop.last?.comeBackOn
                      ? ` · ${t("knock.comeBackDate", { date: formatDate(stop.last.comeBackOn, i18n.language, "short") })}`
                      : ""}
                  </span>
                </span>
                {stop.state === "rest" ? (
                  <span className="text-base text-ink/70">{t("states.rest", { count: stop.attempts })}</span>
                ) : null}
                {stop.again ? (
                  <span className="text-base font-semibold text-brand-dark">{t("states.again")}</span>
                ) : null}
                {stop.followedUp ? (
                  <span className="text-base font-semibold">{t("knock.followedUp")}</span>
                ) : null}
                {queued && queuedHere[stop.householdId] ? (
                  <span className="text-base font-semibold text-sky-800" data-testid="queued-here">
                    ✓ {t("knock.savedOnPhone")}: {labels.outcome(queuedHere[stop.householdId] ?? "")}
                  </span>
                ) : null}
              </summary>
              <div className="space-y-3 border-t border-ink/10 p-3">
                {stop.last?.note ? <p className="text-base italic">{stop.last.note}</p> : null}
                <KnockForm
                  householdId={stop.householdId}
                  address={stop.address}
                  onQueued={(id, outcome) => setQueuedHere((current) => ({ ...current, [id]: outcome }))}
                />
                <Link
                  to={`/buurtwerk/huishoudens/${stop.householdId}`}
                  className="inline-flex min-h-tap items-center font-semibold"
                >
                  {t("knock.open")}
                </Link>
              </div>
            </details>
          </li>
        ))}
      </ul>
      <AddAddress />
    </>
  );
}

function AddAddress() {
  const { t } = useTranslation("outreach");
  const [form, fields] = useIntentForm<{ street: string; number: string }>("addAddress", roundActionSchema);
  return (
    <Card className="space-y-3">
      <h2 className="text-xl font-bold">{t("round.addAddress")}</h2>
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="addAddress" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("rounds.street")}
          errors={fields.street.errors}
          {...getInputProps(fields.street, { type: "text" })}
          autoComplete="off"
        />
        <Field
          label={t("round.number")}
          errors={fields.number.errors}
          {...getInputProps(fields.number, { type: "text" })}
          autoComplete="off"
        />
        <Button variant="secondary" className="w-full">
          {t("round.addButton")}
        </Button>
      </Form>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

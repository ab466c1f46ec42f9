import { Form } from "@remix-run/react";
import { useRef, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Field, TextareaField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Choices } from "~/features/outreach/components/choices";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { OutreachIcon } from "~/features/outreach/components/outreach-icon";
import { knockOutcomes, signalKinds } from "~/features/outreach/vocabulary";

/**
 * One knock in seconds: a tap on what happened saves it. A note, a day to come back and a shared problem are there
 * when needed, folded away. A real form with an idempotency key: without JavaScript it posts as is; offline the phone
 * keeps it and sends it once when the network is back, with the time the button was pressed.
 */
export function KnockForm({
  householdId,
  address,
  onQueued,
}: {
  householdId: string;
  address: string;
  onQueued?: (householdId: string, outcome: string) => void;
}) {
  const { t } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const at = useRef<HTMLInputElement>(null);
  const stamp = (event: FormEvent<HTMLFormElement>) => {
    // Read by Remix's submit right after this handler: the moment of the tap, not of the sending.
    if (at.current) at.current.value = new Date().toISOString();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement) onQueued?.(householdId, submitter.value);
  };
  return (
    <Form method="post" className="space-y-3" onSubmit={stamp} aria-label={`${t("knock.pick")} ${address}`}>
      <IdempotencyKeyInput />
      <input type="hidden" name="intent" value="knock" />
      <input type="hidden" name="householdId" value={householdId} />
      <input ref={at} type="hidden" name="at" defaultValue="" />
      <details className="rounded-lg border border-ink/15 bg-paper p-2">
        <summary className="flex min-h-tap cursor-pointer items-center font-semibold">
          {t("knock.more")}
        </summary>
        <div className="space-y-3 pt-2">
          <TextareaField
            label={t("knock.note")}
            hint={t("knock.noteHint")}
            name="note"
            maxLength={300}
            rows={2}
          />
          <Field label={t("knock.comeBackOn")} hint={t("knock.comeBackHint")} name="comeBackOn" type="date" />
          <Choices
            legend={t("signals.title")}
            hint={t("signals.hint")}
            name="signals"
            // One column: inside a stop's card and this panel, two columns left a word like "Energiefactuur" no room
            // on a 390 px phone.
            columns={1}
            options={signalKinds.map((kind) => ({
              value: kind,
              label: <IconLabel icon={kind} text={labels.signal(kind)} />,
            }))}
          />
        </div>
      </details>
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">{t("knock.pick")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {knockOutcomes.map((outcome) => (
            <Button
              key={outcome}
              name="outcome"
              value={outcome}
              variant={outcome === "talked" ? "primary" : "secondary"}
              className="w-full justify-start px-3 text-base"
            >
              <OutreachIcon name={outcome} />
              <span className="min-w-0 text-start leading-tight">{labels.outcome(outcome)}</span>
            </Button>
          ))}
        </div>
      </fieldset>
    </Form>
  );
}

/** A pictogram next to its word, for choices. */
export function IconLabel({ icon, text }: { icon: string; text: string }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <OutreachIcon name={icon} size={20} className="text-brand-dark" />
      <span className="min-w-0 [overflow-wrap:anywhere]">{text}</span>
    </span>
  );
}

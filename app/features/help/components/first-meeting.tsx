// The first meeting at the wijkhuis of a request marked that way (issue 16): where it stands, the form to plan or move
// it (the buurtwerker, or the buddy in the resident's times) and the buurtwerker's "it took place", which releases
// address and phone to the buddy. Plain forms: they work without JavaScript.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { formatMoment } from "~/components/ui/format";
import { Card } from "~/components/ui/page";
import { firstMeetingStep } from "~/features/help/first-meeting";
import { requestActionSchema } from "~/features/help/schema";
import { useIntentForm } from "~/utils/intent-form";

/** A moment in words in the page's language, on Brussels' clock ("dinsdag 1 december 2026 om 14:00"). */
export function useFormatMoment() {
  const { i18n } = useTranslation();
  return (at: string) => formatMoment(at, i18n.language, "full");
}

type Meeting = {
  meetAtWijkhuis: boolean;
  firstMeetingAt: string | null;
  firstMeetingDoneAt: string | null;
  neighbourhood: string | null;
  wijkhuisPhone: string | null;
};

export function FirstMeeting({
  meeting,
  plan,
  markDone,
  buddyWaits,
}: {
  meeting: Meeting;
  /** Who may plan it now: the buurtwerker (any time) or the buddy (in the resident's times); null: nobody here. */
  plan: "staff" | "volunteer" | null;
  markDone: boolean;
  /** The buddy, who gets address and phone only after the meeting. */
  buddyWaits: boolean;
}) {
  const { t } = useTranslation("help");
  const moment = useFormatMoment();
  const step = firstMeetingStep(meeting);
  if (!step) return null;
  return (
    <div data-testid="first-meeting">
      <Card className="space-y-3">
        <h2 className="text-2xl font-bold">{t("meeting.title")}</h2>
        <p className="font-semibold">
          {step === "toPlan"
            ? t("request.firstMeetingToPlan")
            : step === "planned" && meeting.firstMeetingAt
              ? t("request.firstMeetingPlanned", {
                  neighbourhood: meeting.neighbourhood ?? "",
                  at: moment(meeting.firstMeetingAt),
                })
              : t("request.firstMeetingDone")}
        </p>
        {step !== "done" && meeting.wijkhuisPhone ? (
          <p>{t("request.wijkhuisPhone", { phone: meeting.wijkhuisPhone })}</p>
        ) : null}
        {step !== "done" && buddyWaits ? (
          <p className="text-base text-ink/70">{t("request.contactAfterMeeting")}</p>
        ) : null}
        {markDone ? (
          <Form method="post" className="space-y-2">
            <input type="hidden" name="intent" value="meetingDone" />
            <p className="text-base text-ink/70">{t("meeting.markDoneHint")}</p>
            <Button className="w-full">{t("meeting.markDone")}</Button>
          </Form>
        ) : null}
        {plan ? <PlanForm by={plan} planned={step === "planned"} /> : null}
      </Card>
    </div>
  );
}

function PlanForm({ by, planned }: { by: "staff" | "volunteer"; planned: boolean }) {
  const { t } = useTranslation("help");
  const [form, fields] = useIntentForm<{ date: string; time: string }>("planMeeting", requestActionSchema);
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)} aria-label={t("meeting.plan")}>
      <input type="hidden" name="intent" value="planMeeting" />
      <p>{t(by === "staff" ? "meeting.intro" : "meeting.volunteerIntro")}</p>
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field
        label={t("meeting.date")}
        id={fields.date.id}
        name={fields.date.name}
        type="date"
        required
        defaultValue={fields.date.initialValue}
        errors={fields.date.errors}
      />
      <Field
        label={t("meeting.time")}
        id={fields.time.id}
        name={fields.time.name}
        type="time"
        required
        defaultValue={fields.time.initialValue}
        errors={fields.time.errors}
      />
      <Button variant={planned ? "secondary" : "primary"} className="w-full">
        {t(planned ? "meeting.move" : "meeting.plan")}
      </Button>
    </Form>
  );
}

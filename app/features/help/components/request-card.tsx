import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/page";
import { KindIcon } from "~/features/help/components/kind-icon";
import { languageName } from "~/features/help/components/reason-list";
import { splitSlot, type Slot } from "~/features/help/vocabulary";
import { localeTags, isLocale } from "~/utils/i18n";

/** "YYYY-MM-DD" as a long date in the viewer's language. */
export function useFormatDay() {
  const { i18n } = useTranslation();
  const tag = isLocale(i18n.language) ? localeTags[i18n.language] : "nl-BE";
  const format = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  return (day: string) => format.format(new Date(`${day}T12:00:00Z`));
}

export function useSlotLabel() {
  const { t } = useTranslation("help");
  return (slot: Slot) => {
    const { day, part } = splitSlot(slot);
    return `${t(`days.${day}`)} ${t(`parts.${part}`)}`;
  };
}

export type RequestCardData = {
  id: string;
  kind: string;
  status: string;
  recurrence: string;
  dateFrom: string | null;
  dateUntil: string | null;
  times: Slot[];
  languages: string[];
  urgency: string;
  neighbourhood: string | null;
  residentFirstName: string;
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("help");
  const tone =
    status === "matched" ? "bg-green-100 text-green-900" : status === "cancelled" || status === "done" ? "bg-ink/10 text-ink" : "bg-amber-100 text-amber-900";
  return <span className={`inline-block rounded-full px-3 py-0.5 text-base font-semibold ${tone}`}>{t(`status.${status}`)}</span>;
}

/** The facts anyone allowed to see a request may see: kind, place, times, first name. */
export function RequestFacts({ request }: { request: RequestCardData }) {
  const { t, i18n } = useTranslation("help");
  const formatDay = useFormatDay();
  const slotLabel = useSlotLabel();
  const when = [
    t(`recurrence.${request.recurrence}`),
    request.dateFrom ? t(request.dateUntil ? "request.from" : "request.from", { date: formatDay(request.dateFrom) }) : null,
    request.dateUntil ? t("request.until", { date: formatDay(request.dateUntil) }) : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
      <dt className="font-semibold">{t("request.firstName")}</dt>
      <dd>{request.residentFirstName}</dd>
      {request.neighbourhood ? (
        <>
          <dt className="font-semibold">{t("request.neighbourhood")}</dt>
          <dd>{request.neighbourhood}</dd>
        </>
      ) : null}
      <dt className="font-semibold">{t("request.when")}</dt>
      <dd>
        {when}
        <br />
        {request.times.length > 0 ? request.times.map(slotLabel).join(", ") : t("request.anyTime")}
      </dd>
      {request.languages.length > 0 ? (
        <>
          <dt className="font-semibold">{t("request.languagesLabel")}</dt>
          <dd>{request.languages.map((code) => languageName(code, i18n.language)).join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function RequestCard({ request, children }: { request: RequestCardData; children?: ReactNode }) {
  const { t } = useTranslation("help");
  return (
    <Card className="space-y-3">
      <div className="flex items-start justify-between gap-2">
        <h3 className="flex items-center gap-2 text-xl font-semibold">
          <KindIcon kind={request.kind} />
          {t(`kinds.${request.kind}`)}
        </h3>
        <StatusBadge status={request.status} />
      </div>
      {request.urgency === "high" ? <p className="font-semibold text-red-800">{t("urgency.high")}</p> : null}
      <RequestFacts request={request} />
      {children}
    </Card>
  );
}

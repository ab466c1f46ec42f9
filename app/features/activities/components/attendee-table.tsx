import { useTranslation } from "react-i18next";

export type AttendeeRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  status: string;
  guests: number;
  children: number;
  people: number;
  interpreterLanguage: string | null;
  childcare: boolean;
  wheelchair: boolean;
  lift: boolean;
  checkedInAt: Date | null;
};

/** The paper list for the door: a tick box per person. */
export function AttendeeTable({ signUps }: { signUps: AttendeeRow[] }) {
  const { t } = useTranslation("activities");
  return (
    <table className="w-full border-collapse text-start text-base">
      <thead>
        <tr className="border-b-2 border-ink">
          <th className="p-1 text-start">{t("attendees.present")}</th>
          <th className="p-1 text-start">{t("attendees.name")}</th>
          <th className="p-1 text-start">{t("attendees.people")}</th>
          <th className="p-1 text-start">{t("attendees.contact")}</th>
          <th className="p-1 text-start">{t("attendees.needs")}</th>
        </tr>
      </thead>
      <tbody>
        {signUps.map((s) => (
          <tr key={s.id} className="border-b border-ink/30">
            <td className="p-1 text-2xl">{s.checkedInAt ? "☑" : "☐"}</td>
            <td className="p-1">
              {s.name}
              {s.status === "waitlisted" ? ` (${t("attendees.waitlisted")})` : ""}
            </td>
            <td className="p-1">{s.people}</td>
            <td className="p-1">{s.phone ?? s.email ?? ""}</td>
            <td className="p-1">{needsText(s, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function needsText(s: Pick<AttendeeRow, "interpreterLanguage" | "childcare" | "wheelchair" | "lift">, t: (key: string) => string) {
  return [
    s.interpreterLanguage ? `${t("attendees.interpreter")} (${s.interpreterLanguage})` : null,
    s.childcare ? t("attendees.childcare") : null,
    s.wheelchair ? t("attendees.wheelchair") : null,
    s.lift ? t("attendees.lift") : null,
  ]
    .filter(Boolean)
    .join(", ");
}

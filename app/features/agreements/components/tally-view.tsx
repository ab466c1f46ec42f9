import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/page";

type Props = {
  tally: { agree: number; abstain: number; object: number; total: number };
  objections: { reason: string | null; method: string; name: string | null; unit: string | null }[];
  /** The flats in the building now, where the page knows it: "of the 14 households". */
  households?: number;
};

/** Everyone sees the numbers and the reasons; names only reach staff (the query leaves them out). */
export function TallyView({ tally, objections, households }: Props) {
  const { t } = useTranslation("agreements");
  return (
    <Card className="space-y-3">
      <h2 className="text-2xl font-bold">{t("tally.title")}</h2>
      <p>
        {t("tally.total", { count: tally.total })}
        {households !== undefined ? `, ${t("tally.households", { count: households })}` : ""}
      </p>
      <ul className="grid grid-cols-1 gap-2 font-semibold">
        <li className="rounded-lg bg-green-50 px-3 py-2">{t("tally.agree", { count: tally.agree })}</li>
        <li className="rounded-lg bg-ink/5 px-3 py-2">{t("tally.abstain", { count: tally.abstain })}</li>
        <li className="rounded-lg bg-red-50 px-3 py-2">{t("tally.object", { count: tally.object })}</li>
      </ul>
      <h3 className="text-xl font-bold">{t("tally.objections")}</h3>
      {objections.length === 0 ? (
        <p>{t("tally.noObjections")}</p>
      ) : (
        <ul className="space-y-2" data-testid="objections">
          {objections.map((objection, index) => (
            <li key={index} className="rounded-lg border-s-4 border-red-800 bg-white p-3">
              <p>“{objection.reason}”</p>
              {objection.name || objection.unit || objection.method === "paper" ? (
                <p className="text-base text-ink/70">
                  {[objection.name, objection.unit, objection.method === "paper" ? t("tally.paper") : null].filter(Boolean).join(" · ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

import { useTranslation } from "react-i18next";
import type { SurveyPhase } from "~/features/surveys/rules";

const tones: Record<SurveyPhase, string> = {
  draft: "bg-ink/10 text-ink",
  scheduled: "bg-sky-100 text-sky-900",
  open: "bg-green-100 text-green-900",
  closed: "bg-ink/80 text-white",
};

export function PhaseBadge({ phase }: { phase: SurveyPhase }) {
  const { t } = useTranslation("surveys");
  return <span className={`inline-block rounded-full px-3 py-0.5 text-base font-semibold ${tones[phase]}`}>{t(`phase.${phase}`)}</span>;
}

import { useTranslation } from "react-i18next";
import type { Phase } from "~/features/agreements/rules";

const tones: Record<Phase, string> = {
  draft: "bg-ink/10 text-ink",
  open: "bg-sky-100 text-sky-900",
  closed: "bg-amber-100 text-amber-900",
  revised: "bg-ink/10 text-ink",
  adopted: "bg-green-100 text-green-900",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation("agreements");
  return <span className={`inline-block rounded-full px-3 py-0.5 text-base font-semibold ${tones[phase]}`}>{t(`phase.${phase}`)}</span>;
}

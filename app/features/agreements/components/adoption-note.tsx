import { useTranslation } from "react-i18next";
import type { Adoption } from "~/features/agreements/rules";

/**
 * Under "adopted on ...": when the rules were not agreed together (too few households answered, or the closing date
 * was still ahead), who adopted them and how many households answered. Nothing when they were agreed together.
 */
export function AdoptionNote({ adoption, className = "" }: { adoption: Adoption | null; className?: string }) {
  const { t } = useTranslation("agreements");
  if (!adoption || adoption.together) return null;
  return (
    <p className={`rounded-lg border-s-4 border-amber-700 bg-amber-50 p-3 ${className}`} data-testid="adoption-note">
      {t(`adoption.${adoption.by}`, { count: adoption.answered, households: adoption.households })}
      {adoption.beforeClosing ? ` ${t("adoption.early")}` : ""}
    </p>
  );
}

import { useTranslation } from "react-i18next";

export type Original = { text: string; explanation: string | null };

/**
 * Under a translation made for an older Dutch text (issue 16): it says so, and shows the Dutch text as it is now, in
 * Dutch (lang="nl"), so a reader is never left with an old rule without knowing it.
 */
export function OutdatedTranslation({ original, className = "" }: { original: Original | null; className?: string }) {
  const { t } = useTranslation("agreements");
  if (!original) return null;
  return (
    <div className={`rounded-lg border-s-4 border-amber-700 bg-amber-50 p-3 text-base ${className}`} data-testid="outdated-translation">
      <p className="font-semibold">{t("detail.outdated")}</p>
      <p lang="nl" dir="ltr" className="mt-1">
        {original.text}
        {original.explanation ? <span className="block text-ink/80">{original.explanation}</span> : null}
      </p>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { OutdatedTranslation, type Original } from "~/features/agreements/components/outdated-translation";

type Shown = { text: string; explanation: string | null; original?: Original | null } | null;
export type ShownDiffEntry = { kind: "added" | "removed" | "changed" | "unchanged"; key: string; before: Shown; after: Shown };

const tones = {
  added: "border-green-800 bg-green-50",
  removed: "border-red-800 bg-red-50",
  changed: "border-amber-700 bg-amber-50",
  unchanged: "border-ink/20 bg-white",
} as const;

/** Item by item, in plain words: new, gone, changed (was / becomes), the same. */
export function DiffList({ entries, hideUnchanged = false }: { entries: ShownDiffEntry[]; hideUnchanged?: boolean }) {
  const { t } = useTranslation("agreements");
  const shown = hideUnchanged ? entries.filter((e) => e.kind !== "unchanged") : entries;
  if (shown.length === 0) return <p>{t("changes.none")}</p>;
  return (
    <ul className="space-y-3">
      {shown.map((entry) => (
        <li key={`${entry.kind}-${entry.key}`} className={`rounded-lg border-s-4 p-3 ${tones[entry.kind]}`}>
          <p className="text-base font-bold uppercase tracking-wide">{t(`changes.${entry.kind}`)}</p>
          {entry.kind === "changed" ? (
            <>
              <p>
                <span className="font-semibold">{t("compare.before")}:</span> <del>{entry.before?.text}</del>
              </p>
              {entry.before?.explanation !== entry.after?.explanation && entry.before?.explanation ? (
                <p className="text-base text-ink/80">
                  <del>{entry.before.explanation}</del>
                </p>
              ) : null}
              <p>
                <span className="font-semibold">{t("compare.after")}:</span> <ins className="no-underline">{entry.after?.text}</ins>
              </p>
              {entry.after?.explanation ? <p className="text-base text-ink/80">{entry.after.explanation}</p> : null}
              <OutdatedTranslation original={entry.after?.original ?? null} className="mt-2" />
            </>
          ) : entry.kind === "removed" ? (
            <p>
              <del>{entry.before?.text}</del>
            </p>
          ) : (
            <>
              <p>{entry.after?.text}</p>
              {entry.after?.explanation ? <p className="text-base text-ink/80">{entry.after.explanation}</p> : null}
              <OutdatedTranslation original={entry.after?.original ?? null} className="mt-2" />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

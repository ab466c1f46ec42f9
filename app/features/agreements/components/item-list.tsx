import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { OutdatedTranslation, type Original } from "~/features/agreements/components/outdated-translation";

export type ShownItem = { id: string; text: string; explanation: string | null; translated?: boolean; original?: Original | null };

/** The rules as a numbered list; `after` renders extra content under an item (comments). */
export function ItemList({ items, after }: { items: ShownItem[]; after?: (item: ShownItem) => ReactNode }) {
  const { t } = useTranslation("agreements");
  return (
    <ol className="space-y-3">
      {items.map((item, index) => (
        <li key={item.id} className="rounded-xl border border-ink/10 bg-white p-4 shadow-sm">
          <p className="flex gap-3 text-xl font-semibold">
            <span aria-hidden="true" className="text-brand-dark">
              {index + 1}.
            </span>
            <span>{item.text}</span>
          </p>
          {item.explanation ? (
            <p className="mt-1 ps-7 text-ink/80">
              <span className="font-semibold">{t("detail.explanation")}</span> {item.explanation}
            </p>
          ) : null}
          {item.translated === false ? <p className="mt-1 ps-7 text-base text-ink/70">{t("detail.notTranslated")}</p> : null}
          <OutdatedTranslation original={item.original ?? null} className="mt-2" />
          {after ? after(item) : null}
        </li>
      ))}
    </ol>
  );
}

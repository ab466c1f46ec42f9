import { useTranslation } from "react-i18next";
import type { Reason } from "~/features/help/matching";

/** Language names come from the browser's own tables, in the viewer's language ("Arabisch", "arabe"). */
export function languageName(code: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Renders matching reasons (translation keys + params) in the viewer's language. */
export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t, i18n } = useTranslation("help");
  return (
    <ul className="flex flex-wrap gap-2">
      {reasons.map((reason) => {
        const params: Record<string, string | number> = { ...reason.params };
        if (typeof params.language === "string") params.language = languageName(params.language, i18n.language);
        if (typeof params.kind === "string") params.kind = t(`kinds.${params.kind}`);
        if (typeof params.day === "string") params.day = t(`days.${params.day}`);
        if (typeof params.part === "string") params.part = t(`parts.${params.part}`);
        const text = t(reason.key, params);
        return (
          <li key={reason.key} className="rounded-full bg-brand-light px-3 py-1 text-base">
            {text}
          </li>
        );
      })}
    </ul>
  );
}

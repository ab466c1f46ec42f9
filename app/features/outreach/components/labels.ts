// Words for the codes of outreach, in the reader's language (with OutreachIcon next to them where they stand alone).
import { useTranslation } from "react-i18next";
import { isLocale, localeTags } from "~/utils/i18n";

export function useOutreachLabels() {
  const { t, i18n } = useTranslation("outreach");
  const tag = isLocale(i18n.language) ? localeTags[i18n.language] : "nl-BE";
  const languageNames = new Intl.DisplayNames([tag], { type: "language" });
  return {
    outcome: (outcome: string) => t(`outcomes.${outcome}`),
    signal: (kind: string) => t(`signals.kinds.${kind}`),
    wish: (wish: string) => t(`wishes.${wish}`),
    /** "Arabisch", "arabe", "Arabic"... from the browser's own list; a code it does not know stays a code. */
    language: (code: string) => {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

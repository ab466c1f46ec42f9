// A survey text in the reader's language, and, under it, what they should know about the translation: made for an
// older Dutch text (then the Dutch is shown beside it), or missing (then the Dutch is what they read).
import { useTranslation } from "react-i18next";
import type { Localised } from "~/features/surveys/rules";

/** The text itself, tagged with its language so a screen reader and the browser's line breaking get it right. */
export function LocalisedText({ text }: { text: Localised }) {
  return (
    <bdi lang={text.lang} dir={text.lang === "ar" ? "rtl" : "ltr"}>
      {text.text}
    </bdi>
  );
}

export function TranslationNote({ text, className = "" }: { text: Localised; className?: string }) {
  const { t } = useTranslation("surveys");
  if (text.outdated) {
    return (
      <p className={`text-base text-ink/80 ${className}`} data-testid="translation-outdated">
        {t("translation.outdated")}{" "}
        <bdi lang="nl" dir="ltr" className="font-semibold">
          {text.dutch}
        </bdi>
      </p>
    );
  }
  if (text.missing) return <p className={`text-base text-ink/70 ${className}`}>{t("translation.missing")}</p>;
  return null;
}

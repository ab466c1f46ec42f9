import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { localeNames, supportedLocales, type Locale } from "~/utils/i18n";
import { Icon } from "./icons";

/** A <details> menu with a plain form inside: it works without JavaScript. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    // Keyed by location so the menu is closed again after a switch.
    <details key={location.key} className="relative">
      <summary
        className="flex min-h-tap cursor-pointer list-none items-center gap-2 rounded-lg px-3 font-semibold text-ink"
        aria-label={t("language.choose")}
      >
        <Icon name="globe" />
        <span>{current.toUpperCase()}</span>
      </summary>
      <Form
        method="post"
        action="/taal"
        className="absolute end-0 z-20 mt-1 w-48 rounded-xl border border-ink/10 bg-white p-2 shadow-lg"
      >
        <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
        <p className="px-2 pb-1 text-base text-ink/70">{t("language.choose")}</p>
        {supportedLocales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className="block min-h-tap w-full rounded-lg px-3 text-start text-lg hover:bg-brand-light aria-[current=true]:font-bold"
          >
            {localeNames[locale]}
          </button>
        ))}
      </Form>
    </details>
  );
}

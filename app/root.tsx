import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { BottomNav } from "~/components/ui/bottom-nav";
import { buttonClass } from "~/components/ui/button";
import { Icon } from "~/components/ui/icons";
import { ErrorMessage } from "~/components/ui/error-message";
import { LanguageSwitcher } from "~/components/ui/language-switcher";
import { mailAlertFor } from "~/features/mail/queries.server";
import { PwaBanners } from "~/features/pwa/components/pwa-banners";
import { isAdmin } from "~/utils/actor";
import { getActor } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { defaultLocale, directionOf, i18nFor, sectionOf, waitForTranslations, type Locale } from "~/utils/i18n";
import { getLocale, translationsFor } from "~/utils/i18n.server";
import { useNonce } from "~/utils/nonce";
import { newPageSecrets } from "~/utils/page-secrets.server";
import tailwindHref from "~/styles/tailwind.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: tailwindHref },
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "manifest", href: "/manifest.webmanifest" },
  { rel: "apple-touch-icon", href: "/icons/apple-touch-icon.png" },
];

export const meta: MetaFunction = () => [{ title: "Warme Buurt" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [locale, actor] = await Promise.all([getLocale(request), getActor(request)]);
  // Admins are told on every page when mail is stuck or was given up on; nobody else pays for the query.
  const mailAlert = isAdmin(actor) ? await mailAlertFor(locale) : null;
  return {
    locale,
    // Which texts the page needs, fetched by the browser once and kept (see PageTranslations).
    translations: translationsFor(locale, new URL(request.url).pathname),
    // Makes the idempotency keys that no-JS forms carry unique per page view (see IdempotencyKeyInput).
    formKeySeed: (context.pageSecrets ?? newPageSecrets()).formKeySeed,
    demo: env.isDemo,
    viewer: actor && {
      name: actor.user.displayName,
      actingFor: actor.acting !== null,
      // The desk link: for staff working as themselves (while acting, the banner leads back).
      showsDesk: actor.staff !== null,
    },
    mailAlert,
  };
}

/**
 * Moving to another part of the app (activities, help...) brings that part's translations along. After a change
 * that failed or was saved offline (4xx/5xx), nothing is reloaded: what Single Fetch does for routes without this
 * function, and what keeps the "saved on your phone" notice on screen.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, currentUrl, nextUrl, defaultShouldRevalidate }) => {
  if (actionStatus !== undefined && actionStatus >= 400) return false;
  return defaultShouldRevalidate || sectionOf(currentUrl.pathname) !== sectionOf(nextUrl.pathname);
};

export type RootLoaderData = Awaited<ReturnType<typeof loader>>;

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const nonce = useNonce();
  const locale: Locale = data?.locale ?? defaultLocale;
  const translations = data?.translations;
  // Another part of the app (from activities to help) needs its texts: the old page stays until they are here.
  waitForTranslations(translations);
  const i18n = useMemo(() => i18nFor(locale, translations), [locale, translations]);
  // The offline page is stored by the service worker and shown at any address: it must not hydrate there.
  const withScripts = !useMatches().some((match) => hasNoScripts(match.handle));
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#b4380f" />
        <meta name="mobile-web-app-capable" content="yes" />
        <meta name="apple-mobile-web-app-capable" content="yes" />
        <meta name="apple-mobile-web-app-status-bar-style" content="default" />
        <meta name="apple-mobile-web-app-title" content="Warme Buurt" />
        <Meta />
        <Links />
        {translations && withScripts ? (
          // Fetched while the page's scripts load: the page comes alive once both are there (entry.client.tsx).
          <link rel="preload" as="fetch" crossOrigin="anonymous" href={translations.href} data-translations={translations.key} />
        ) : null}
      </head>
      <body className="min-h-screen">
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        {withScripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

/** A route opts out of hydration with `export const handle = { scripts: false }`. */
function hasNoScripts(handle: unknown) {
  return typeof handle === "object" && handle !== null && "scripts" in handle && handle.scripts === false;
}

function Shell({ children }: { children: ReactNode }) {
  const data = useRootData();
  const { t } = useTranslation();
  const viewer = data?.viewer;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
        {t("skipToContent")}
      </a>
      {data?.demo ? (
        <p role="note" className="no-print bg-ink px-4 py-1 text-center text-sm font-semibold text-paper">
          {t("demo.notice")}
        </p>
      ) : null}
      <header className="no-print sticky top-0 z-10 border-b border-ink/10 bg-paper/95 backdrop-blur">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-2 px-4 py-1">
          <Link to="/" className="flex min-h-tap items-center text-xl font-bold text-brand no-underline">
            {t("appName")}
          </Link>
          <div className="flex items-center gap-1">
            {viewer?.showsDesk ? (
              <Link to="/onthaal" className="flex min-h-tap items-center gap-1 rounded-lg px-2 font-semibold no-underline">
                <Icon name="desk" />
                <span>{t("desk.title")}</span>
              </Link>
            ) : null}
            <LanguageSwitcher current={data?.locale ?? defaultLocale} />
          </div>
        </div>
        {viewer?.actingFor ? (
          <Form method="post" action="/namens" className="bg-amber-100 px-4 py-2">
            <div className="mx-auto flex max-w-xl items-center justify-between gap-3">
              <p className="font-semibold">{t("actingFor.banner", { name: viewer.name })}</p>
              <input type="hidden" name="intent" value="stop" />
              <button type="submit" className={buttonClass("secondary", "min-h-tap px-3 py-1 text-base")}>
                {t("actingFor.stop")}
              </button>
            </div>
          </Form>
        ) : null}
        {data?.mailAlert ? (
          <p role="status" className="bg-red-50 px-4 py-2">
            <span className="mx-auto block max-w-xl">
              {data.mailAlert.stuckSince ? t("mail.stuck", { since: data.mailAlert.stuckSince }) : t("mail.failed", { count: data.mailAlert.failed })}{" "}
              <Link to="/beheer/mails" className="font-semibold">
                {t("mail.show")}
              </Link>
            </span>
          </p>
        ) : null}
      </header>
      <main id="main" className="mx-auto max-w-xl px-4 pb-28 pt-4">
        <PwaBanners />
        {children}
        <footer className="no-print mt-10 border-t border-ink/10 pt-3 text-base">
          <Link to="/privacy">{t("footer.privacy")}</Link>
        </footer>
      </main>
      <BottomNav />
    </>
  );
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  return (
    <Shell>
      <ErrorMessage />
    </Shell>
  );
}

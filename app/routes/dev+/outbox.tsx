import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "~/components/ui/button";
import { Card, PageTitle } from "~/components/ui/page";
import { isLocale, localeTags } from "~/utils/i18n";
import { env } from "~/utils/env.server";
import { listLocalOutbox } from "~/utils/local-outbox.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outbox.title");

/**
 * Only in demo mode without a mail server: then it is the way to read a sign-in code, and anyone can. Production
 * refuses to start without SMTP_URL unless DEMO_MODE=1 (env.server.ts), so real people never sign in here.
 */
export async function loader() {
  if (!(env.isDemo && env.usesLocalOutbox)) throw new Response("Not found", { status: 404 });
  const mails = await listLocalOutbox();
  // Pick out the sign-in code and link so a new user finds them at a glance.
  return {
    mails: mails.map((mail) => ({
      ...mail,
      code: /\b(\d{6})\b/.exec(mail.subject)?.[1],
      link: /(https?:\/\/\S+\/inloggen\/link\/\S+)/.exec(mail.text)?.[1],
    })),
  };
}

export default function DevOutbox() {
  const { t, i18n } = useTranslation();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("outbox.intro")}>{t("outbox.title")}</PageTitle>
      {mails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      <ul className="space-y-3">
        {mails.map((mail) => (
          <li key={mail.id}>
            <Card>
              <p className="text-base text-ink/70">
                {t("outbox.to")}: {mail.to} · {new Date(mail.date).toLocaleString(localeTags[isLocale(i18n.language) ? i18n.language : "nl"])}
              </p>
              <p className="font-semibold">{mail.subject}</p>
              {mail.code ? <p className="my-2 text-4xl font-bold tracking-widest">{mail.code}</p> : null}
              {mail.link ? (
                <a href={mail.link} className={buttonClass("primary", "my-2 w-full")}>
                  {t("actions.signIn")}
                </a>
              ) : null}
              <details className="mt-2">
                <summary className="min-h-tap cursor-pointer">{t("outbox.fullText")}</summary>
                <pre className="whitespace-pre-wrap break-words font-sans text-base">{mail.text}</pre>
              </details>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Card, PageTitle } from "~/components/ui/page";
import { env } from "~/utils/env.server";
import { listLocalOutbox } from "~/utils/local-outbox.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outbox.title");

/** Only exists while no mail server is configured: then it is the way to read a sign-in code. */
export async function loader() {
  if (!env.usesLocalOutbox) throw new Response("Not found", { status: 404 });
  return { mails: await listLocalOutbox() };
}

export default function DevOutbox() {
  const { t } = useTranslation();
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
                {t("outbox.to")}: {mail.to} · {new Date(mail.date).toLocaleString("nl-BE")}
              </p>
              <p className="font-semibold">{mail.subject}</p>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-base">{mail.text}</pre>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { formatMoment } from "~/components/ui/format";
import { sendFailedMailAgain } from "~/features/mail/mutations.server";
import { countWaitingMails, listFailedMails, mailStuckSince } from "~/features/mail/queries.server";
import { sendAgainSchema } from "~/features/mail/schema";
import { requireAdmin } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "mail.title");

/** Mails the outbox gave up on after three days, and whether delivery is stuck: for admins. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const [locale, failed, stuckSince, waiting] = await Promise.all([
    getLocale(request),
    listFailedMails(),
    mailStuckSince(),
    countWaitingMails(),
  ]);
  return {
    stuckSince: stuckSince && formatMoment(stuckSince, locale),
    waiting,
    failed: failed.map(({ failedAt, ...mail }) => ({
      ...mail,
      failedAt: formatMoment(new Date(failedAt), locale),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAdmin(request);
  const submission = await parseForm(request, sendAgainSchema);
  if (submission.status !== "success") throw new Response("Bad request", { status: 400 });
  const queued = await sendFailedMailAgain(submission.value.messageId);
  return redirect(`/beheer/mails?opnieuw=${queued ? "ja" : "nee"}`);
}

export default function Mails() {
  const { t } = useTranslation();
  const { stuckSince, waiting, failed } = useLoaderData<typeof loader>();
  const again = useSearchParams()[0].get("opnieuw");
  return (
    <>
      <PageTitle intro={t("mail.intro")}>{t("mail.title")}</PageTitle>
      {again === "ja" ? <Notice tone="success">{t("mail.sentAgain")}</Notice> : null}
      {again === "nee" ? <Notice>{t("mail.notSentAgain")}</Notice> : null}
      {stuckSince ? <Notice tone="error">{t("mail.stuck", { since: stuckSince })}</Notice> : null}
      <p className="mb-4">{t("mail.waiting", { count: waiting })}</p>
      {failed.length === 0 ? <p>{t("mail.none")}</p> : null}
      <ul className="space-y-3">
        {failed.map((mail) => (
          <li key={mail.id}>
            <Card className="space-y-2">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                <dt className="font-semibold">{t("mail.to")}</dt>
                <dd dir="ltr" className="break-all">
                  {mail.to}
                </dd>
                <dt className="font-semibold">{t("mail.kind")}</dt>
                <dd dir="ltr">{mail.kind}</dd>
                <dt className="font-semibold">{t("mail.failedAt")}</dt>
                <dd>{mail.failedAt}</dd>
                <dt className="font-semibold">{t("mail.tries")}</dt>
                <dd>{mail.attempts}</dd>
                <dt className="font-semibold">{t("mail.error")}</dt>
                <dd dir="ltr" className="break-words">
                  {mail.lastError}
                </dd>
              </dl>
              {mail.canSendAgain ? (
                <Form method="post">
                  <input type="hidden" name="messageId" value={mail.id} />
                  <Button variant="secondary" className="w-full">
                    {t("mail.sendAgain")}
                  </Button>
                </Form>
              ) : (
                <p className="text-base text-ink/80">{t("mail.noResend")}</p>
              )}
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

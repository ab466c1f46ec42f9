import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { isUnsubscribed, unsubscribeEverything } from "~/features/activities/settings.server";
import { readUnsubscribeToken } from "~/features/activities/tokens.server";
import { readForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:unsubscribe.title");

/** The link at the bottom of every activity email. Opening it changes nothing (mail scanners open links); one tap does. */
export async function loader({ params }: LoaderFunctionArgs) {
  const email = readUnsubscribeToken(params.token ?? "");
  return { email, done: email ? await isUnsubscribed(email) : false };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readForm(request);
  const email = readUnsubscribeToken(params.token ?? "");
  if (!email) throw new Response("Not found", { status: 404 });
  await unsubscribeEverything(email);
  return { done: true };
}

export default function Unsubscribe() {
  const { t } = useTranslation("activities");
  const { email, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageTitle>{t("unsubscribe.title")}</PageTitle>
      {!email ? (
        <Notice tone="error">{t("unsubscribe.invalid")}</Notice>
      ) : done || actionData?.done ? (
        <>
          <Notice tone="success">{t("unsubscribe.done")}</Notice>
          <Link to="/ik/meldingen" className="inline-flex min-h-tap items-center font-semibold">
            {t("unsubscribe.settingsLink")}
          </Link>
        </>
      ) : (
        <Form method="post" className="space-y-4">
          <p className="text-xl">{t("unsubscribe.intro", { email })}</p>
          <Button className="w-full">{t("unsubscribe.button")}</Button>
        </Form>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

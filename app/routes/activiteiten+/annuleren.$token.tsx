import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { cancelSignUp } from "~/features/activities/mutations.server";
import { getSignUpByIdForCancel } from "~/features/activities/queries.server";
import { readCancelToken } from "~/features/activities/tokens.server";
import { readForm } from "~/utils/form.server";
import { isLocale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:cancelLink.title");

/** The link in every sign-up email: also for people without an account. Opening it changes nothing. */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = readCancelToken(params.token ?? "");
  const signUp = id ? await getSignUpByIdForCancel(id) : null;
  return { signUp };
}

export async function action({ params, request }: ActionFunctionArgs) {
  await readForm(request);
  const id = readCancelToken(params.token ?? "");
  if (!id) throw new Response("Not found", { status: 404 });
  const { cancelled } = await cancelSignUp(id);
  return { cancelled };
}

export default function CancelFromEmail() {
  const { t, i18n } = useTranslation("activities");
  const locale = isLocale(i18n.language) ? i18n.language : "nl";
  const { signUp } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!signUp) {
    return (
      <>
        <PageTitle>{t("cancelLink.title")}</PageTitle>
        <Notice tone="error">{t("cancelLink.invalid")}</Notice>
      </>
    );
  }
  const when = `${formatLongDay(signUp.occurrence.startsAt, locale)}, ${formatTimeRange(signUp.occurrence.startsAt, signUp.occurrence.endsAt, locale)}`;
  return (
    <>
      <PageTitle>{t("cancelLink.title")}</PageTitle>
      {actionData?.cancelled ? (
        <Notice tone="success">{t("cancelLink.done")}</Notice>
      ) : signUp.status === "cancelled" ? (
        <Notice tone="info">{t("cancelLink.already")}</Notice>
      ) : (
        <Form method="post" className="space-y-4">
          <p className="text-xl">{t("cancelLink.intro", { title: signUp.occurrence.activity.title, when })}</p>
          <Button variant="danger" className="w-full">
            {t("cancelLink.button")}
          </Button>
        </Form>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

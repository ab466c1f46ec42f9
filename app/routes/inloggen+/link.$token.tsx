import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Notice, PageTitle } from "~/components/ui/page";
import { verifySignInLink } from "~/features/accounts/sign-in.server";
import { createUserSession, safeRedirect } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "auth:link.title");

// Opening the link only shows a button: mail scanners that follow links must not use up the sign-in.
export function loader({ params }: LoaderFunctionArgs) {
  if (!params.token) throw new Response("Not found", { status: 404 });
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readForm(request);
  const signedIn = await verifySignInLink({ token: params.token ?? "", locale: await getLocale(request) });
  if (!signedIn) return Response.json({ invalid: true }, { status: 400 });
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/activiteiten");
  return createUserSession({
    request,
    userId: signedIn.userId,
    locale: signedIn.locale,
    redirectTo: signedIn.isNew ? "/ik?welkom=1" : redirectTo,
  });
}

export default function MagicLink() {
  const { t } = useTranslation("auth");
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  return (
    <>
      <PageTitle intro={t("link.intro")}>{t("link.title")}</PageTitle>
      {actionData?.invalid ? (
        <Notice tone="error">
          {t("link.invalid")} <Link to="/inloggen">{t("code.again")}</Link>
        </Notice>
      ) : null}
      <Form method="post" action={`${location.pathname}${location.search}`}>
        <Button className="w-full">{t("link.submit")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { requestSignInCode, signInForm } from "~/features/accounts/sign-in.server";
import { getViewer, safeRedirect } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { clientAddress } from "~/utils/request.server";
import { titleFrom } from "~/utils/meta";
import { useServerCheckedForm } from "~/utils/server-checked-form";
import { getSession, sessionStorage } from "~/utils/session.server";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "auth:signIn.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/activiteiten");
  if (await getViewer(request)) throw redirect(redirectTo);
  return { redirectTo, constraint: signInForm.constraint };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = signInForm.parse(await readForm(request));
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  const { email, redirectTo } = submission.value;
  const result = await requestSignInCode({
    email,
    ip: clientAddress(context),
    locale: await getLocale(request),
    redirectTo: safeRedirect(redirectTo, "/activiteiten"),
  });
  if (!result.ok) {
    return Response.json(
      { result: submission.reply({ formErrors: ["auth:rateLimited"] }), retryAfterMinutes: result.retryAfterMinutes },
      { status: 429 },
    );
  }
  const session = await getSession(request);
  session.set("signInEmail", email);
  const next = `/inloggen/code?${new URLSearchParams({ redirectTo: safeRedirect(redirectTo, "/activiteiten") })}`;
  return redirect(next, { headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
}

type ActionData = { result: SubmissionResult<string[]>; retryAfterMinutes?: number };

export default function SignIn() {
  const { t } = useTranslation("auth");
  const { redirectTo, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const navigation = useNavigation();
  const { form, errorsOf, input } = useServerCheckedForm({ id: "sign-in", lastResult: actionData?.result, constraint });
  return (
    <>
      <PageTitle intro={t("signIn.intro")}>{t("signIn.title")}</PageTitle>
      <Form method="post" className="space-y-5" {...form.props}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        {actionData?.retryAfterMinutes ? (
          <p role="alert" className="rounded-lg border-s-4 border-red-800 bg-red-50 p-3 font-semibold">
            {t("rateLimited", { minutes: actionData.retryAfterMinutes })}
          </p>
        ) : (
          <ErrorList id={form.errorId} errors={form.errors} />
        )}
        <Field
          label={t("signIn.email")}
          errors={errorsOf("email")}
          {...input("email", "email")}
          autoComplete="email"
          inputMode="email"
        />
        <Button className="w-full" disabled={navigation.state === "submitting"}>
          {t("signIn.submit")}
        </Button>
      </Form>
      <p className="mt-6 rounded-lg bg-brand-light p-3">{t("signIn.noEmail")}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

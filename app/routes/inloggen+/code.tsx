import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { verifyCodeSchema } from "~/features/accounts/schema";
import { verifySignInCode } from "~/features/accounts/sign-in.server";
import { createUserSession, safeRedirect } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";
import { getSession } from "~/utils/session.server";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "auth:code.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const email = (await getSession(request)).get("signInEmail");
  if (!email) throw redirect("/inloggen");
  return { email, redirectTo: safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/activiteiten") };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = await parseForm(request, verifyCodeSchema);
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { email, code, redirectTo } = submission.value;
  const signedIn = await verifySignInCode({ email, code, locale: await getLocale(request) });
  if (!signedIn) return Response.json(submission.reply({ fieldErrors: { code: ["auth:code.invalid"] } }), { status: 400 });
  // New people first tell us their name; everyone else goes where they were heading.
  const next = signedIn.isNew ? "/ik?welkom=1" : safeRedirect(redirectTo, "/activiteiten");
  return createUserSession({ request, userId: signedIn.userId, locale: signedIn.locale, redirectTo: next });
}

export default function EnterCode() {
  const { t } = useTranslation("auth");
  const { email, redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: constraintOf(verifyCodeSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: verifyCodeSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <PageTitle intro={t("code.intro", { email })}>{t("code.title")}</PageTitle>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("code.label")}
          errors={fields.code.errors}
          {...getInputProps(fields.code, { type: "text" })}
          inputMode="numeric"
          autoComplete="one-time-code"
          className="block w-full min-h-tap rounded-lg border-2 border-ink/30 bg-white px-3 py-2 text-center text-3xl tracking-[0.4em]"
        />
        <Button className="w-full">{t("code.submit")}</Button>
      </Form>
      <p className="mt-6">
        <Link to={`/inloggen?${new URLSearchParams({ redirectTo })}`}>{t("code.again")}</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

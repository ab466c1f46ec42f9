import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { ErasureSteps } from "~/features/privacy/components/erasure-steps";
import { eraseAccount } from "~/features/privacy/erase.server";
import { forbidden } from "~/utils/app-error";
import { requireActor, signOut } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "privacy:erase.title");

const eraseSchema = z.object({ confirm: z.literal("on", { errorMap: () => ({ message: "privacy:erase.mustConfirm" }) }) });

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  return { acting: actor.acting !== null };
}

/** Deletes (anonymises) my account, then signs me out everywhere: GDPR article 17. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (actor.acting) throw forbidden();
  const submission = await parseForm(request, eraseSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  await eraseAccount(actor, actor.user.id, { by: "self" });
  return signOut(request, { to: "/?verwijderd=1" });
}

export default function DeleteMyAccount() {
  const { t } = useTranslation("privacy");
  const { acting } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result?: { error?: Record<string, string[] | null> } }>();
  return (
    <>
      <PageTitle intro={t("erase.intro")}>{t("erase.title")}</PageTitle>
      {acting ? (
        <Notice tone="info">{t("erase.notWhileActing")}</Notice>
      ) : (
        <Card className="space-y-4">
          <ErasureSteps />
          <p>
            <Link to="/ik/gegevens">{t("erase.download")}</Link>
          </p>
          <Form method="post" className="space-y-4">
            <ErrorList id="erase-errors" errors={actionData?.result?.error?.confirm ?? null} />
            <label className="flex min-h-tap items-center gap-3 text-lg">
              <input type="checkbox" name="confirm" className="size-6 accent-brand" aria-describedby="erase-errors" />
              <span>{t("erase.confirm")}</span>
            </label>
            <Button variant="danger" className="w-full">
              {t("erase.button")}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

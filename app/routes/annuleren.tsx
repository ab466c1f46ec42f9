import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Field } from "~/components/ui/field";
import { Notice, PageTitle } from "~/components/ui/page";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { cancelWithCode } from "~/features/activities/mutations.server";
import { getSignUpByCancelCode } from "~/features/activities/queries.server";
import { cancelCodeSchema } from "~/features/activities/schema";
import { cancelCodeTries, normaliseCancelCode } from "~/features/activities/tokens.server";
import { getLocale } from "~/utils/i18n.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { consumeRateLimit } from "~/utils/rate-limit.server";
import { clientAddress } from "~/utils/request.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:cancelCode.title");

type ActionData = { error?: string; code?: string; found?: { title: string; when: string; cancelled: boolean } };

/**
 * The short address for people who signed up without an account (a phone number only): they type the code they got
 * on the confirmation screen. Every try counts against the address's limit (cancelCodeTries), so codes cannot be
 * guessed by trying.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = await parseForm(request, cancelCodeSchema);
  if (submission.status !== "success") return Response.json({ error: "activities:cancelCode.required" } satisfies ActionData, { status: 400 });
  const address = clientAddress(context) ?? "unknown";
  if (!(await consumeRateLimit(`cancelcode:ip:${address}`, cancelCodeTries)).allowed) {
    return Response.json({ error: "activities:cancelCode.tooMany", code: submission.value.code } satisfies ActionData, { status: 429 });
  }
  const code = normaliseCancelCode(submission.value.code);
  const signUp = code ? await getSignUpByCancelCode(code) : null;
  if (!code || !signUp) return Response.json({ error: "activities:cancelCode.unknown", code: submission.value.code } satisfies ActionData, { status: 400 });
  if (submission.value.intent === "cancel") {
    await cancelWithCode(code);
    return redirect("/annuleren?klaar=1", 303);
  }
  const locale = await getLocale(request);
  const { startsAt, endsAt, activity } = signUp.occurrence;
  const when = `${formatLongDay(startsAt, locale)}, ${formatTimeRange(startsAt, endsAt, locale)}`;
  return Response.json({ code, found: { title: activity.title, when, cancelled: signUp.status === "cancelled" } } satisfies ActionData);
}

export default function CancelWithCode() {
  const { t } = useTranslation("activities");
  const data = useActionData<ActionData>();
  const [searchParams] = useSearchParams();
  if (searchParams.has("klaar")) {
    return (
      <>
        <PageTitle>{t("cancelCode.title")}</PageTitle>
        <Notice tone="success">{t("cancelLink.done")}</Notice>
      </>
    );
  }
  const found = data?.found;
  return (
    <>
      <PageTitle intro={t("cancelCode.intro")}>{t("cancelCode.title")}</PageTitle>
      {found ? (
        found.cancelled ? (
          <Notice tone="info">{t("cancelLink.already")}</Notice>
        ) : (
          <Form method="post" className="space-y-4">
            <p className="text-xl">
              <span dir="auto" className="font-semibold">
                {found.title}
              </span>
              <span className="block first-letter:uppercase">{found.when}</span>
            </p>
            <p>{t("cancelCode.sure")}</p>
            <input type="hidden" name="code" value={data?.code ?? ""} />
            <input type="hidden" name="intent" value="cancel" />
            <Button variant="danger" className="w-full">
              {t("cancelLink.button")}
            </Button>
          </Form>
        )
      ) : (
        <Form method="post" className="space-y-4">
          <Field
            label={t("cancelCode.label")}
            name="code"
            defaultValue={data?.code ?? ""}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            errors={data?.error ? [data.error] : undefined}
          />
          <input type="hidden" name="intent" value="find" />
          <Button className="w-full">{t("cancelCode.find")}</Button>
        </Form>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { chooseHome } from "~/features/homes/mutations.server";
import { can } from "~/features/homes/permissions";
import { getHome, listHomeChoices } from "~/features/homes/queries.server";
import { homeSchema } from "~/features/homes/schema";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "residence.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "chooseHome")) throw forbidden();
  const [home, places] = await Promise.all([getHome(actor.user.id), listHomeChoices()]);
  const building = home?.request?.building.id ?? home?.buildings[0]?.building.id ?? "";
  const unit = home?.request?.unit ?? home?.buildings[0]?.unit ?? "";
  return { places, defaultValue: { neighbourhoodId: home?.neighbourhood?.id ?? "", buildingId: building, unit } };
}

type ActionData = { result?: SubmissionResult<string[]> };

/** Saved: back to /ik, where the neighbourhood shows and the building waits for the buurtwerker (post/redirect/get). */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, homeSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await chooseHome(actor, submission.value);
    return redirect("/ik");
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function ChooseHome() {
  const { t } = useTranslation();
  const { places, defaultValue } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const [form, fields] = useForm({
    id: "home",
    lastResult: actionData?.result,
    constraint: constraintOf(homeSchema),
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: homeSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageTitle intro={t("residence.intro")}>{t("residence.title")}</PageTitle>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <SelectField label={t("residence.neighbourhood")} errors={fields.neighbourhoodId.errors} {...getSelectProps(fields.neighbourhoodId)}>
          <option value="">{t("residence.pickNeighbourhood")}</option>
          {places.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("residence.building")} hint={t("residence.buildingHint")} errors={fields.buildingId.errors} {...getSelectProps(fields.buildingId)}>
          <option value="">{t("residence.noBuilding")}</option>
          {places.map((n) => (
            <optgroup key={n.id} label={n.name}>
              {n.buildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <Field label={t("residence.unit")} hint={t("residence.unitHint")} errors={fields.unit.errors} {...getInputProps(fields.unit, { type: "text" })} autoComplete="off" />
        <Button className="w-full">{t("residence.save")}</Button>
        <Link to="/ik" className="flex min-h-tap items-center justify-center font-semibold">
          {t("actions.back")}
        </Link>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

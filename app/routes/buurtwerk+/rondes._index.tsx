import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { NeighbourhoodSelect } from "~/features/outreach/components/neighbourhood-select";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { formatDate } from "~/components/ui/format";
import { Card, PageTitle } from "~/components/ui/page";
import { Choices } from "~/features/outreach/components/choices";
import { planRound } from "~/features/outreach/mutations.server";
import { can } from "~/features/outreach/permissions";
import { listRounds, workPlaces } from "~/features/outreach/queries.server";
import { planRoundSchema } from "~/features/outreach/schema";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { localDate } from "~/utils/dates";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:rounds.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const [rounds, places] = await Promise.all([listRounds(actor), workPlaces(actor)]);
  return { rounds, places, today: localDate(new Date()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const submission = await parseForm(request, planRoundSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const round = await planRound(actor, submission.value);
    return redirect(`/buurtwerk/rondes/${round.id}?gepland=1`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function Rounds() {
  const { t, i18n } = useTranslation("outreach");
  const { rounds, places, today } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("rounds.intro")}>{t("rounds.title")}</PageTitle>
      {rounds.length === 0 ? <p className="mb-4">{t("rounds.none")}</p> : null}
      <ul className="mb-6 space-y-2">
        {rounds.map((round) => (
          <li key={round.id}>
            <Card className="space-y-1">
              <Link to={`/buurtwerk/rondes/${round.id}`} className="text-xl font-semibold">
                {round.title}
              </Link>
              <p className="text-base text-ink/80">
                {round.neighbourhood.name} · {formatDate(round.plannedOn, i18n.language)} ·{" "}
                {t("rounds.addresses", { count: round.addresses })}
              </p>
              <p className="text-base">
                {t("rounds.progress", {
                  talked: round.progress.done,
                  again: round.toKnockAgain,
                  new: round.progress.new,
                })}
              </p>
            </Card>
          </li>
        ))}
      </ul>
      <PlanRound places={places} today={today} />
    </>
  );
}

type Places = ReturnType<typeof useLoaderData<typeof loader>>["places"];

function PlanRound({ places, today }: { places: Places; today: string }) {
  const { t } = useTranslation("outreach");
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: {
      plannedOn: today,
      kind: "street",
      side: "all",
      neighbourhoodId: places.length === 1 ? places[0]?.id : undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: planRoundSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <Card className="space-y-4">
      <h2 className="text-2xl font-bold">{t("rounds.plan")}</h2>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("rounds.name")}
          errors={fields.title.errors}
          {...getInputProps(fields.title, { type: "text" })}
        />
        <NeighbourhoodSelect label={t("rounds.neighbourhood")} field={fields.neighbourhoodId} places={places} />
        <Field
          label={t("rounds.plannedOn")}
          errors={fields.plannedOn.errors}
          {...getInputProps(fields.plannedOn, { type: "date" })}
        />
        <Choices
          legend={t("rounds.kind")}
          name={fields.kind.name}
          type="radio"
          columns={2}
          selected={[String(fields.kind.initialValue ?? "street")]}
          options={(["street", "building"] as const).map((kind) => ({
            value: kind,
            label: t(`rounds.kinds.${kind}`),
          }))}
        />
        <fieldset className="space-y-3 rounded-lg border border-ink/15 p-3">
          <legend className="px-1 font-semibold">{t("rounds.kinds.street")}</legend>
          <Field
            label={t("rounds.street")}
            errors={fields.street.errors}
            list="known-streets"
            {...getInputProps(fields.street, { type: "text" })}
            autoComplete="off"
          />
          <datalist id="known-streets">
            {[...new Set(places.flatMap((p) => p.streets))].map((street) => (
              <option key={street} value={street} />
            ))}
          </datalist>
          <div className="grid grid-cols-2 gap-3">
            <Field
              label={t("rounds.from")}
              errors={fields.from.errors}
              inputMode="numeric"
              {...getInputProps(fields.from, { type: "number" })}
            />
            <Field
              label={t("rounds.to")}
              errors={fields.to.errors}
              inputMode="numeric"
              {...getInputProps(fields.to, { type: "number" })}
            />
          </div>
          <SelectField label={t("rounds.side")} errors={fields.side.errors} {...getSelectProps(fields.side)}>
            {(["all", "odd", "even"] as const).map((side) => (
              <option key={side} value={side}>
                {t(`rounds.sides.${side}`)}
              </option>
            ))}
          </SelectField>
        </fieldset>
        <fieldset className="space-y-3 rounded-lg border border-ink/15 p-3">
          <legend className="px-1 font-semibold">{t("rounds.kinds.building")}</legend>
          <SelectField
            label={t("rounds.building")}
            errors={fields.buildingId.errors}
            {...getSelectProps(fields.buildingId)}
          >
            <option value="">-</option>
            {places.map((place) => (
              <optgroup key={place.id} label={place.name}>
                {place.buildings.map((building) => (
                  <option key={building.id} value={building.id}>
                    {building.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </fieldset>
        <Button className="w-full">{t("rounds.planButton")}</Button>
      </Form>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import { Form } from "@remix-run/react";
import type { InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { Notice } from "~/components/ui/page";
import { categories } from "~/features/activities/vocabulary";
import { activitySchema } from "~/features/activities/activity-schema";

export type PlaceOptions = {
  id: string;
  name: string;
  buildings: { id: string; name: string; spaces: { id: string; name: string }[] }[];
}[];

export type ActivityFormValues = Partial<Record<keyof z.input<typeof activitySchema>, string>>;

function Check({ label, ...props }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex min-h-tap items-center gap-3 text-lg">
      <input className="size-6 accent-brand" {...props} />
      <span>{label}</span>
    </label>
  );
}

/** Create, edit and duplicate share this form. A series' rule is fixed once made (dates may have sign-ups). */
export function ActivityForm({
  places,
  defaultValue,
  lastResult,
  mode,
  isSeries = false,
}: {
  places: PlaceOptions;
  defaultValue?: ActivityFormValues;
  lastResult?: SubmissionResult<string[]>;
  mode: "new" | "edit";
  isSeries?: boolean;
}) {
  const { t } = useTranslation("activities");
  const [form, fields] = useForm<z.input<typeof activitySchema>>({
    id: "activity",
    lastResult,
    constraint: constraintOf(activitySchema),
    defaultValue: { placeKind: "space", audience: "everyone", recurrence: "none", category: "buurtdrink", ...defaultValue },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: activitySchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" className="space-y-5" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field label={t("form.title")} errors={fields.title.errors} {...getInputProps(fields.title, { type: "text" })} />
      <SelectField label={t("form.category")} errors={fields.category.errors} {...getSelectProps(fields.category)}>
        {categories.map((c) => (
          <option key={c} value={c}>
            {t(`categories.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextareaField label={t("form.description")} errors={fields.description.errors} {...getTextareaProps(fields.description)} />

      <fieldset className="space-y-3 rounded-xl border border-ink/10 bg-white p-3">
        <legend className="px-1 text-lg font-semibold">{t("form.placeKind")}</legend>
        <div className="grid gap-1">
          <Check label={t("form.placeSpace")} {...getInputProps(fields.placeKind, { type: "radio", value: "space" })} />
          <Check label={t("form.placeAddress")} {...getInputProps(fields.placeKind, { type: "radio", value: "address" })} />
        </div>
        <SelectField label={t("form.space")} errors={fields.spaceId.errors} {...getSelectProps(fields.spaceId)}>
          <option value="">{t("form.pickSpace")}</option>
          {places.flatMap((n) =>
            n.buildings.map((b) => (
              <optgroup key={b.id} label={`${b.name} (${n.name})`}>
                {b.spaces.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}, {b.name}
                  </option>
                ))}
              </optgroup>
            )),
          )}
        </SelectField>
        <Field label={t("form.address")} errors={fields.address.errors} {...getInputProps(fields.address, { type: "text" })} />
        <SelectField label={t("form.neighbourhood")} errors={fields.neighbourhoodId.errors} {...getSelectProps(fields.neighbourhoodId)}>
          <option value="">-</option>
          {places.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
      </fieldset>

      {isSeries ? <Notice>{t("form.seriesNote")}</Notice> : null}
      <Field label={t("form.date")} errors={fields.date.errors} {...getInputProps(fields.date, { type: "date" })} />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("form.startTime")} errors={fields.startTime.errors} {...getInputProps(fields.startTime, { type: "time" })} />
        <Field label={t("form.endTime")} errors={fields.endTime.errors} {...getInputProps(fields.endTime, { type: "time" })} />
      </div>
      {mode === "new" ? (
        <fieldset className="space-y-3 rounded-xl border border-ink/10 bg-white p-3">
          <legend className="px-1 text-lg font-semibold">{t("form.recurrence")}</legend>
          <SelectField label={t("form.recurrence")} errors={fields.recurrence.errors} {...getSelectProps(fields.recurrence)}>
            <option value="none">{t("form.recurrenceNone")}</option>
            <option value="weekly">{t("form.recurrenceWeekly")}</option>
            <option value="biweekly">{t("form.recurrenceBiweekly")}</option>
            <option value="monthly">{t("form.recurrenceMonthly")}</option>
          </SelectField>
          <Field label={t("form.repeatUntil")} hint={t("common:form.optional")} errors={fields.repeatUntil.errors} {...getInputProps(fields.repeatUntil, { type: "date" })} />
        </fieldset>
      ) : (
        <input type="hidden" name="recurrence" value="none" />
      )}
      <Field label={t("form.capacity")} hint={t("form.capacityHint")} errors={fields.capacity.errors} {...getInputProps(fields.capacity, { type: "number" })} min={1} inputMode="numeric" />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("form.deadlineDate")} errors={fields.deadlineDate.errors} {...getInputProps(fields.deadlineDate, { type: "date" })} />
        <Field label={t("form.deadlineTime")} errors={fields.deadlineTime.errors} {...getInputProps(fields.deadlineTime, { type: "time" })} />
      </div>

      <fieldset className="space-y-3 rounded-xl border border-ink/10 bg-white p-3">
        <legend className="px-1 text-lg font-semibold">{t("form.audience")}</legend>
        <div className="grid gap-1">
          <Check label={t("form.audienceEveryone")} {...getInputProps(fields.audience, { type: "radio", value: "everyone" })} />
          <Check label={t("form.audienceNeighbourhood")} {...getInputProps(fields.audience, { type: "radio", value: "neighbourhood" })} />
          <Check label={t("form.audienceBuilding")} {...getInputProps(fields.audience, { type: "radio", value: "building" })} />
        </div>
        <SelectField label={t("form.audienceBuildingId")} errors={fields.audienceBuildingId.errors} {...getSelectProps(fields.audienceBuildingId)}>
          <option value="">-</option>
          {places.flatMap((n) =>
            n.buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            )),
          )}
        </SelectField>
      </fieldset>

      <fieldset className="space-y-2 rounded-xl border border-ink/10 bg-white p-3">
        <legend className="px-1 text-lg font-semibold">{t("form.practical")}</legend>
        <Check label={t("form.wheelchairAccess")} {...getInputProps(fields.wheelchairAccess, { type: "checkbox" })} />
        <Check label={t("form.childrenWelcome")} {...getInputProps(fields.childrenWelcome, { type: "checkbox" })} />
        <Field label={t("form.languages")} errors={fields.languages.errors} {...getInputProps(fields.languages, { type: "text" })} />
        <Field label={t("form.cost")} hint={t("form.costHint")} errors={fields.cost.errors} {...getInputProps(fields.cost, { type: "text" })} />
      </fieldset>
      <Button className="w-full" name="intent" value="save">
        {mode === "new" ? t("form.create") : t("form.save")}
      </Button>
    </Form>
  );
}

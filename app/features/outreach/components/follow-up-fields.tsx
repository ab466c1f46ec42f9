import { useTranslation } from "react-i18next";
import { Field } from "~/components/ui/field";
import { Choices } from "~/features/outreach/components/choices";
import { IconLabel } from "~/features/outreach/components/knock-form";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { wishes } from "~/features/outreach/vocabulary";

type Errors = { wishes?: string[]; nextStep?: string[]; nextStepDue?: string[] };

/** "Wat zou je liever doen?" and the next step agreed, with its day: starting a follow-up and keeping it up to date. */
export function FollowUpFields({
  values,
  errors = {},
}: {
  values?: { wishes: string[]; nextStep: string; nextStepDue: string | null };
  errors?: Errors;
}) {
  const { t } = useTranslation("outreach");
  const labels = useOutreachLabels();
  return (
    <>
      <Choices
        legend={t("followUp.wishes")}
        hint={t("followUp.wishesHint")}
        name="wishes"
        selected={values?.wishes ?? []}
        errors={errors.wishes}
        options={wishes.map((wish) => ({
          value: wish,
          label: <IconLabel icon={wish} text={labels.wish(wish)} />,
        }))}
      />
      <Field
        label={t("followUp.nextStep")}
        hint={t("followUp.nextStepHint")}
        name="nextStep"
        defaultValue={values?.nextStep ?? ""}
        maxLength={200}
        errors={errors.nextStep}
        required
      />
      <Field
        label={t("followUp.due")}
        name="nextStepDue"
        type="date"
        defaultValue={values?.nextStepDue ?? ""}
        errors={errors.nextStepDue}
      />
    </>
  );
}

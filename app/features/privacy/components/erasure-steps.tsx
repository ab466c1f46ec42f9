import { useTranslation } from "react-i18next";

const steps = ["identity", "signUps", "help", "answers", "mails"] as const;

/** What deleting an account does, said before anyone confirms it (the person's page and the desk's). */
export function ErasureSteps() {
  const { t } = useTranslation("privacy");
  return (
    <>
      <p className="font-semibold">{t("erase.whatHappens")}</p>
      <ul className="list-disc space-y-1 ps-6">
        {steps.map((step) => (
          <li key={step}>{t(`erase.steps.${step}`)}</li>
        ))}
      </ul>
    </>
  );
}

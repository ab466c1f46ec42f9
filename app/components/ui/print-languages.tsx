import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { localeNames, supportedLocales, type Locale } from "~/utils/i18n";

/**
 * The plain GET form above a printable page (poster, invitation) that picks its one or two languages; hidden in
 * print. Works without JavaScript.
 */
export function PrintLanguagesForm({
  choice,
  labels,
}: {
  choice: { lang1: Locale; lang2?: Locale | "" | null };
  labels: { intro: string; lang1: string; lang2: string; noSecond: string; show: string; printHint: string };
}) {
  return (
    <Form method="get" className="no-print mb-4 space-y-3 rounded-xl border border-ink/10 bg-white p-3">
      <p>{labels.intro}</p>
      <div className="grid grid-cols-2 gap-3">
        <SelectField label={labels.lang1} name="lang1" defaultValue={choice.lang1}>
          {supportedLocales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </SelectField>
        <SelectField label={labels.lang2} name="lang2" defaultValue={choice.lang2 ?? ""}>
          <option value="">{labels.noSecond}</option>
          {supportedLocales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </SelectField>
      </div>
      <Button variant="secondary" className="w-full">
        {labels.show}
      </Button>
      <p className="text-base text-ink/70">{labels.printHint}</p>
    </Form>
  );
}

import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";

/** Another neighbourhood of this buurtwerker: a plain GET form, works without JavaScript. */
export function PlacePicker({
  places,
  current,
}: {
  places: { id: string; name: string }[];
  current: string;
}) {
  const { t } = useTranslation("outreach");
  if (places.length < 2) return null;
  return (
    <Form method="get" className="mb-4 flex items-end gap-2 print:hidden">
      <div className="flex-1">
        <SelectField label={t("newHousehold.neighbourhood")} name="wijk" defaultValue={current}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button variant="secondary">{t("reach.show")}</Button>
    </Form>
  );
}

import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import { SelectField } from "~/components/ui/field";

/**
 * The neighbourhood a round, a partner or a household belongs to, among those the buurtwerker works in: chosen
 * already when there is one, a blank first choice when there are more.
 */
export function NeighbourhoodSelect({
  label,
  field,
  places,
}: {
  label: string;
  field: FieldMetadata<string | undefined, Record<string, unknown>, string[]>;
  places: { id: string; name: string }[];
}) {
  return (
    <SelectField label={label} errors={field.errors} {...getSelectProps(field)}>
      {places.length > 1 ? <option value="">-</option> : null}
      {places.map((place) => (
        <option key={place.id} value={place.id}>
          {place.name}
        </option>
      ))}
    </SelectField>
  );
}

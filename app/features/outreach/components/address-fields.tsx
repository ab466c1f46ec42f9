import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Field, SelectField } from "~/components/ui/field";
import { NeighbourhoodSelect } from "./neighbourhood-select";

type AddressField = FieldMetadata<string | undefined, Record<string, unknown>, string[]>;

/**
 * Where a household lives, as a new household and the desk intake ask it: the neighbourhood, a building and flat, or
 * a street and number.
 */
export function AddressFields({
  fields,
  places,
}: {
  fields: Record<"neighbourhoodId" | "buildingId" | "unit" | "street" | "number", AddressField>;
  places: { id: string; name: string; buildings: { id: string; name: string }[] }[];
}) {
  const { t } = useTranslation("outreach");
  return (
    <>
      <NeighbourhoodSelect label={t("newHousehold.neighbourhood")} field={fields.neighbourhoodId} places={places} />
      <SelectField
        label={t("newHousehold.building")}
        errors={fields.buildingId.errors}
        {...getSelectProps(fields.buildingId)}
      >
        <option value="">{t("newHousehold.noBuilding")}</option>
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
      <Field
        label={t("newHousehold.unit")}
        errors={fields.unit.errors}
        {...getInputProps(fields.unit, { type: "text" })}
        autoComplete="off"
      />
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-3">
        <Field
          label={t("newHousehold.street")}
          errors={fields.street.errors}
          {...getInputProps(fields.street, { type: "text" })}
          autoComplete="off"
        />
        <Field
          label={t("newHousehold.number")}
          errors={fields.number.errors}
          {...getInputProps(fields.number, { type: "text" })}
          autoComplete="off"
        />
      </div>
    </>
  );
}

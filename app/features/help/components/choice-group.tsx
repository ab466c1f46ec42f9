import type { ReactNode } from "react";
import { ErrorList } from "~/components/ui/field";
import { dayParts, days } from "~/features/help/vocabulary";
import { useTranslation } from "react-i18next";

/** Conform gives a single checked box as a string and several as an array. */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" && value ? [value] : [];
}

type Option = { value: string; label: ReactNode };

/** A fieldset of checkboxes (or radios) that posts as a plain form: works without JavaScript. */
export function ChoiceGroup({
  legend,
  hint,
  name,
  options,
  selected,
  errors,
  type = "checkbox",
  columns = 1,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  options: Option[];
  selected: string[];
  errors?: string[];
  type?: "checkbox" | "radio";
  columns?: 1 | 2;
}) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={errorId}>
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint ? <p className="text-base text-ink/70">{hint}</p> : null}
      <div className={columns === 2 ? "grid grid-cols-2 gap-2" : "space-y-1"}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-tap cursor-pointer items-center gap-3 rounded-lg border border-ink/15 bg-white px-3 py-2 text-lg">
            <input type={type} name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="h-6 w-6 shrink-0 accent-brand" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}

/** Weekly time slots: one row per day, three parts of the day. */
export function SlotPicker({ legend, hint, name, selected, errors }: { legend: ReactNode; hint?: ReactNode; name: string; selected: string[]; errors?: string[] }) {
  const { t } = useTranslation("help");
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={errorId}>
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint ? <p className="text-base text-ink/70">{hint}</p> : null}
      {days.map((day) => (
        <fieldset key={day} className="rounded-lg border border-ink/15 bg-white p-2">
          <legend className="px-1 text-base font-semibold">{t(`days.${day}`)}</legend>
          <div className="grid grid-cols-3 gap-1">
            {dayParts.map((part) => {
              const value = `${day}-${part}`;
              return (
                <label key={part} className="flex min-h-tap cursor-pointer flex-col items-center justify-center gap-1 rounded py-1 text-base">
                  <input
                    type="checkbox"
                    name={name}
                    value={value}
                    defaultChecked={selected.includes(value)}
                    aria-label={`${t(`days.${day}`)} ${t(`parts.${part}`)}`}
                    className="h-6 w-6 shrink-0 accent-brand"
                  />
                  <span aria-hidden="true">{t(`parts.${part}`)}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}

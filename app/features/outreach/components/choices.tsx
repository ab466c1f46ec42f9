import type { ReactNode } from "react";
import { ErrorList } from "~/components/ui/field";

type Option = { value: string; label: ReactNode };

/** A fieldset of checkboxes or radios that posts as a plain form: works without JavaScript. */
export function Choices({
  legend,
  hint,
  name,
  options,
  selected = [],
  errors,
  type = "checkbox",
  columns = 1,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  options: readonly Option[];
  selected?: readonly string[];
  errors?: string[] | null;
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
          <label
            key={option.value}
            className="flex min-h-tap cursor-pointer items-center gap-3 rounded-lg border border-ink/15 bg-white px-3 py-2 text-base"
          >
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              className="h-6 w-6 shrink-0 accent-brand"
            />
            <span className="min-w-0 break-words">{option.label}</span>
          </label>
        ))}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}

/** Conform gives one checked box as a string and several as an array. */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" && value ? [value] : [];
}

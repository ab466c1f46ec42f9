import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

/** Error messages arrive as translation keys ("common:form.required") and are shown in the user's language. */
export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-1 text-base font-semibold text-red-800">
      {errors.map((error) => (
        <li key={error}>{t(error)}</li>
      ))}
    </ul>
  );
}

type FieldShellProps = {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[] | null;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  id?: string;
};

function FieldShell({ label, hint, errors, children, id }: FieldShellProps) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-lg font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-base text-ink/70">
          {hint}
        </p>
      ) : null}
      {children({ inputId, describedBy, invalid: Boolean(errorId) })}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

const controlClass =
  "block w-full min-h-tap rounded-lg border-2 border-ink/30 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-red-800";

type CommonProps = { label: ReactNode; hint?: ReactNode; errors?: string[] | null };

export function Field({ label, hint, errors, id, ...input }: CommonProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} id={id}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={controlClass}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function TextareaField({
  label,
  hint,
  errors,
  id,
  ...textarea
}: CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} id={id}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`${controlClass} min-h-28`}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  id,
  children,
  ...select
}: CommonProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} id={id}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={controlClass}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}

import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/page";
import type { Readable } from "~/features/privacy/readable";
import { isLocale, localeNames } from "~/utils/i18n";

/** Every section of the export, in the order the export has them, each field with its label in the reader's language. */
export function PersonalDataView({ data }: { data: Record<string, Readable> }) {
  const { t } = useTranslation("privacy");
  return (
    <div className="space-y-4">
      {Object.entries(data).map(([section, value]) => (
        <Card key={section} className="space-y-2 print:break-inside-avoid print:border-0 print:shadow-none">
          <h2 className="text-xl font-bold">{t(`myData.sections.${section}`)}</h2>
          <Value value={value} />
        </Card>
      ))}
    </div>
  );
}

const isScalar = (value: Readable) => value === null || typeof value !== "object";
const isEmpty = (value: Readable) => value === null || value === "" || (Array.isArray(value) && value.length === 0);

function Value({ value, field }: { value: Readable; field?: string }) {
  const { t } = useTranslation("privacy");
  if (isEmpty(value)) return <span className="text-ink/70">{t("myData.empty")}</span>;
  if (typeof value === "boolean") return <>{value ? t("myData.values.yes") : t("myData.values.no")}</>;
  if (Array.isArray(value) && value.every(isScalar)) return <bdi>{value.map((item) => scalarText(item, field, t)).join(", ")}</bdi>;
  if (isScalar(value)) return <bdi>{scalarText(value, field, t)}</bdi>;
  if (Array.isArray(value)) {
    return (
      <ul className="space-y-2">
        {value.map((item, index) => (
          <li key={index} className="border-t border-ink/10 pt-2 first:border-0 first:pt-0">
            <Value value={item} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-1 text-base">
      {Object.entries(value).map(([name, item]) =>
        // A list or a group inside a field gets the full width under its label, or it is squeezed letter by letter.
        isScalar(item) || isEmpty(item) || (Array.isArray(item) && item.every(isScalar)) ? (
          <div key={name} className="contents">
            <dt className="font-semibold">{t(`myData.fields.${name}`)}</dt>
            <dd className="min-w-0 break-words">
              <Value value={item} field={name} />
            </dd>
          </div>
        ) : (
          <div key={name} className="col-span-2 space-y-1">
            <dt className="font-semibold">{t(`myData.fields.${name}`)}</dt>
            <dd className="border-s-2 border-ink/10 ps-3">
              <Value value={item} field={name} />
            </dd>
          </div>
        ),
      )}
    </dl>
  );
}

/** Fields whose values are codes with words in myData.values. */
const translatedFields = ["status", "choice", "method", "outcome", "stage", "wishes", "agreedTo", "route", "referredTo", "looked"];

/** Codes shown in words where the app has them (a role, a language, a status); other values as they are. */
function scalarText(value: Readable, field: string | undefined, t: (key: string, options?: { defaultValue: string }) => string) {
  const text = String(value);
  if (field === "language" && isLocale(text)) return localeNames[text];
  if (field === "roles") return t(`common:roles.${text}`, { defaultValue: text });
  if (field && translatedFields.includes(field)) return t(`myData.values.${text}`, { defaultValue: text });
  return text;
}

// A space's opening hours in words: one sentence when every day is the same, otherwise the days in groups
// ("maandag - donderdag: 09:00-22:00", "vrijdag - zaterdag: 09:00-23:00", "zondag: gesloten").
import { useTranslation } from "react-i18next";
import { groupWeekHours, parseWeekHours, sameEveryDay, weekdays, type Weekday } from "~/features/bookings/rules";
import { isLocale, localeTags } from "~/utils/i18n";

/** The weekday's name in the page's language (1 January 2024 was a Monday). */
export function useWeekdayName() {
  const { i18n } = useTranslation();
  const tag = isLocale(i18n.language) ? localeTags[i18n.language] : "nl-BE";
  const format = new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" });
  return (day: Weekday) => format.format(new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day))));
}

export function OpeningHours({ hours, maxMinutes, compact = false }: { hours: string; maxMinutes?: number; compact?: boolean }) {
  const { t } = useTranslation("agreements");
  const dayName = useWeekdayName();
  const week = parseWeekHours(hours);
  const same = sameEveryDay(week);
  const longest = maxMinutes === undefined ? null : Math.round((maxMinutes / 60) * 10) / 10;
  if (same) {
    return compact || longest === null ? (
      <p className={compact ? "text-base" : ""}>{t("booking.openFromTo", { from: same.opensAt, to: same.closesAt })}</p>
    ) : (
      <p>{t("booking.hours", { from: same.opensAt, to: same.closesAt, hours: longest })}</p>
    );
  }
  return (
    <div className={compact ? "text-base" : "space-y-1"} data-testid="opening-hours">
      <ul>
        {groupWeekHours(week).map((group) => (
          <li key={group.from}>
            <span className="font-semibold">
              {group.from === group.to ? dayName(group.from) : t("booking.dayRange", { from: dayName(group.from), to: dayName(group.to) })}:
            </span>{" "}
            <span className="whitespace-nowrap">{group.hours ? `${group.hours.opensAt}–${group.hours.closesAt}` : t("booking.closed")}</span>
          </li>
        ))}
      </ul>
      {!compact && longest !== null ? <p>{t("booking.longest", { hours: longest })}</p> : null}
    </div>
  );
}

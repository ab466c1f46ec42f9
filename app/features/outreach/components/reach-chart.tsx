// The reach week by week as a bar chart drawn on the server: plain <svg>, so it shows without JavaScript and prints.
// Numbers under 5 are hidden ("< 5"): their bar is a short striped stub, never its height. The same numbers are in
// the table under it.
import type { Figure } from "~/features/outreach/rules";

type Week = { week: string; contacted: Figure; talked: Figure; inFollowUp: Figure };
type Series = "contacted" | "talked" | "inFollowUp";

const series: { key: Series; colour: string }[] = [
  { key: "contacted", colour: "#b3370f" },
  { key: "talked", colour: "#1d6b45" },
  { key: "inFollowUp", colour: "#1f4e8c" },
];

const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 30;
const BOTTOM = 24;
const TOP = 10;

export function ReachChart({
  weeks,
  title,
  description,
  labels,
}: {
  weeks: readonly Week[];
  title: string;
  description: string;
  labels: Record<Series, string> & { week: (monday: string) => string };
}) {
  const values = weeks
    .flatMap((w) => series.map((s) => w[s.key]))
    .filter((v): v is number => typeof v === "number");
  const max = Math.max(10, ...values);
  const top = Math.ceil(max / 5) * 5;
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const slot = (WIDTH - LEFT) / Math.max(weeks.length, 1);
  const bar = Math.max(2, (slot - 4) / series.length);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="reach-title reach-desc"
        className="h-auto w-full"
      >
        <title id="reach-title">{title}</title>
        <desc id="reach-desc">{description}</desc>
        <defs>
          <pattern id="few" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="4" fill="#6b7280" />
          </pattern>
        </defs>
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="#d1d5db" strokeWidth="1" />
            <text x={LEFT - 4} y={y(tick) + 4} textAnchor="end" fontSize="10" fill="#374151">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, i) => (
          <g key={week.week}>
            {series.map((s, j) => {
              const value = week[s.key];
              const x = LEFT + i * slot + 2 + j * bar;
              if (value === "few")
                return <rect key={s.key} x={x} y={y(2)} width={bar} height={y(0) - y(2)} fill="url(#few)" />;
              return (
                <rect key={s.key} x={x} y={y(value)} width={bar} height={y(0) - y(value)} fill={s.colour} />
              );
            })}
            {i % 2 === 0 ? (
              <text
                x={LEFT + i * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize="9"
                fill="#374151"
              >
                {labels.week(week.week)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-base">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-4 rounded-sm"
              style={{ backgroundColor: s.colour }}
            />
            {labels[s.key]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

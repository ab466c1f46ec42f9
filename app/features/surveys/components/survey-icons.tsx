// Pictograms of the surveys, inline SVG: five faces for the 1-5 scale, a yes and a no sign, and the pictograms an
// author can put next to a choice. Faces and yes/no carry their name (role="img") in the page's language: for a
// resident who reads little, the face is the answer. A choice's pictogram sits next to its words, which name it.
import type { SVGProps } from "react";
import { LineIcon } from "~/components/ui/icons";
import type { OptionIcon } from "~/features/surveys/rules";

const choicePaths: Record<OptionIcon, string> = {
  house: "M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6",
  people: "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM3 20a6 6 0 0 1 12 0M16 5.5a3 3 0 0 1 0 5.5M18 14.5A6 6 0 0 1 21 20",
  clean: "M20 4 12 12M9 10l5 5-3 6-8-8 6-3ZM6 16l2 2",
  repair: "M14 7a4 4 0 1 1 3 3l-9 9a2 2 0 0 1-3-3l9-9Z",
  light: "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3Z",
  safe: "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6l8-3ZM9 12l2 2 4-4",
  noise: "M4 9h4l5-4v14l-5-4H4V9ZM17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11",
  green: "M12 22V12M12 12c-4 0-7-3-7-7 4 0 7 3 7 7ZM12 16c4 0 7-3 7-7-4 0-7 3-7 7Z",
  bike: "M6 19a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM18 19a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM6 16l4-7h5l3 7M12 16l-2-7M9 6h3",
  laundry: "M5 3h14v18H5V3ZM5 7h14M12 18a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM8 5h.01",
  child: "M12 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM7 13l5-3 5 3M9 22v-7h6v7",
  coffee: "M4 8h13v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5V8ZM17 9h1a3 3 0 0 1 0 6h-1M8 2v3M12 2v3M4 21h14",
  chat: "M4 5h16v11H9l-5 4V5ZM8 9h8M8 12h5",
  calendar: "M7 3v3M17 3v3M4 9h16M5 6h14a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1Z",
  money: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM15 8.5A4 4 0 0 0 9 12a4 4 0 0 0 6 3.5M7 11h5M7 13.5h5",
  trash: "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3",
};

/** A choice's pictogram, next to its words (which name it, so the drawing itself is not read out). */
export function ChoiceIcon({ icon, className = "size-8" }: { icon: OptionIcon; className?: string }) {
  return <LineIcon d={choicePaths[icon]} className={className} />;
}

// The faces' strokes have colours and widths of their own, as attributes (the .line-icon class would override them).
const line = { fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round" } as const;

/** Mouths from a deep frown (1) to a wide smile (5); colours from red to green, but the mouth says it without them. */
const faces = [
  { mouth: "M15 35 Q24 25 33 35", fill: "#fecaca", brows: "M13 14l6 2M35 14l-6 2" },
  { mouth: "M16 33 Q24 28 32 33", fill: "#fed7aa", brows: "" },
  { mouth: "M16 31 H32", fill: "#e5e7eb", brows: "" },
  { mouth: "M16 29 Q24 34 32 29", fill: "#d9f99d", brows: "" },
  { mouth: "M14 27 Q24 39 34 27", fill: "#bbf7d0", brows: "" },
] as const;

/** Face 1 (very unhappy) to 5 (very happy), named in the page's language. */
export function Face({ value, label, className = "size-12", ...props }: { value: number; label: string; className?: string } & SVGProps<SVGSVGElement>) {
  const face = faces[Math.min(Math.max(value, 1), 5) - 1] ?? faces[2];
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" role="img" aria-label={label} className={className} {...props}>
      <circle cx="24" cy="24" r="21" fill={face.fill} stroke="#1f2328" strokeWidth="2" />
      <circle cx="17" cy="20" r="2.5" fill="#1f2328" />
      <circle cx="31" cy="20" r="2.5" fill="#1f2328" />
      {face.brows ? <path d={face.brows} {...line} stroke="#1f2328" /> : null}
      <path d={face.mouth} {...line} stroke="#1f2328" strokeWidth="3" />
    </svg>
  );
}

/** A tick in a green circle for yes, a cross in a red one for no, named in the page's language. */
export function YesNoIcon({ value, label, className = "size-12" }: { value: "yes" | "no"; label: string; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" width="48" height="48" role="img" aria-label={label} className={className}>
      <circle cx="12" cy="12" r="10" fill={value === "yes" ? "#bbf7d0" : "#fecaca"} stroke="#1f2328" strokeWidth="1.5" />
      <path d={value === "yes" ? "M7.5 12.5l3 3 6-7" : "M8.5 8.5l7 7M15.5 8.5l-7 7"} {...line} stroke="#1f2328" strokeWidth="2.5" />
    </svg>
  );
}

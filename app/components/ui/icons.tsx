// Simple line pictograms (24x24). They sit next to words, never instead of them.
import type { SVGProps } from "react";

const paths = {
  calendar: "M7 3v3M17 3v3M4 9h16M5 6h14a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1Z",
  hands: "M12 21s-7-4.35-7-10a4 4 0 0 1 7-2.65A4 4 0 0 1 19 11c0 5.65-7 10-7 10Z",
  house: "M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6",
  person: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4 21a8 8 0 0 1 16 0",
  globe: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9Z",
  desk: "M3 10h18M5 10v10M19 10v10M8 6h8l1 4H7l1-4Z",
  speech: "M4 5h16v11H10l-5 4v-4H4V5ZM8 9h8M8 12h5",
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, ...props }: { name: IconName } & LineIconProps) {
  return <LineIcon d={paths[name]} {...props} />;
}

type LineIconProps = { size?: number } & Omit<SVGProps<SVGSVGElement>, "children">;

/**
 * Every pictogram of the app: one path on a 24x24 grid, drawn in the colour of the text around it by the .line-icon
 * class (tailwind.css). Hidden from screen readers unless a caller names it: the words next to it say it.
 */
export function LineIcon({ d, size = 24, className, ...props }: { d: string } & LineIconProps) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" className={className ? `line-icon ${className}` : "line-icon"} {...props}>
      <path d={d} />
    </svg>
  );
}

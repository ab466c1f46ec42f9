// Pictograms for what happened at a door, shared problems and wishes (24x24 line drawings); always next to the words,
// never instead of them.
import { LineIcon } from "~/components/ui/icons";

const paths: Record<string, string> = {
  // Knocks
  not_home: "M6 21V3h12v18M4 21h16M14 12h1",
  talked: "M3 4h12v8H8l-4 3v-3H3V4Zm15 4h3v8h-1v3l-3-3h-6v-2",
  not_interested: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM5.6 5.6l12.8 12.8",
  come_back: "M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5",
  moved: "M3 8l9-5 9 5v9l-9 5-9-5V8Zm0 0 9 5 9-5M12 13v9",
  // Signals
  damp: "M12 3s6 7 6 11a6 6 0 0 1-12 0c0-4 6-11 6-11Z",
  lift: "M5 3h14v18H5V3Zm4 6 3-3 3 3M9 15l3 3 3-3",
  lighting: "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5V16h8v-2.5A6 6 0 0 0 12 3Z",
  energy: "M13 2 4 14h7l-1 8 9-12h-7l1-8Z",
  noise: "M4 9h4l5-4v14l-5-4H4V9Zm13 0a4 4 0 0 1 0 6m2.5-8.5a8 8 0 0 1 0 11",
  waste: "M4 6h16M9 6V4h6v2M6 6l1 15h10l1-15M10 10v7M14 10v7",
  safety: "M12 3 2 21h20L12 3Zm0 7v5m0 3h.01",
  other: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 7v6m0 3h.01",
  // Wishes
  contact:
    "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2 20a6 6 0 0 1 12 0M10 20a6 6 0 0 1 12 0",
  language: "M4 5h16v11H9l-5 4V5Zm4 5h8",
  work: "M4 8h16v11H4V8Zm5 0V5h6v3M4 13h16",
  leisure: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3a14 14 0 0 1 0 18",
  papers: "M6 2h9l5 5v15H6V2Zm9 0v5h5M9 12h8M9 16h8",
  housing: "M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6",
  health: "M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6V4Z",
  money: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm3-11.5a3 3 0 0 0-5 1.5v2a3 3 0 0 0 5 1.5M8 11h5m-5 2h5",
};

export function OutreachIcon({
  name,
  size = 22,
  className = "",
}: {
  name: string;
  size?: number;
  className?: string;
}) {
  return <LineIcon d={paths[name] ?? paths.other ?? ""} size={size} className={`shrink-0 ${className}`} />;
}

// A pictogram per kind of activity (24x24 line drawings). Always shown next to the word.
import type { ComponentProps } from "react";
import { LineIcon } from "~/components/ui/icons";
import type { Category } from "~/features/activities/vocabulary";

const paths: Record<Category, string> = {
  buurtdrink: "M8 3h8l-1 7a3 3 0 0 1-6 0L8 3ZM12 13v7M9 20h6",
  dag_van_de_buren: "M5 21V4M5 4h12l-2.5 4L17 12H5",
  kennismaking: "M3 11 12 4l9 7M5 10v10h14V10M12 18s-3-1.8-3-4a1.6 1.6 0 0 1 3-.8 1.6 1.6 0 0 1 3 .8c0 2.2-3 4-3 4Z",
  koffie_papieren: "M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5V9ZM16 10h2a2 2 0 0 1 0 4h-2M8 3v3M12 3v3",
  taalcafe: "M4 5h16v10H9l-5 4V5ZM8 9h8M8 12h5",
  wandeling: "M13 5.5a1.5 1.5 0 1 0 0-.01M10 21l2-6 3 3v3M12 15l-1-5 4 1 2 3M11 10l-3 2v3",
  workshop: "M14 6l4 4M4 20l10-10M17 3l4 4-3 3-4-4 3-3Z",
  bewonersbijeenkomst: "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2 20a6 6 0 0 1 12 0M12 20a6 6 0 0 1 10 0",
  other: "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9L12 3Z",
};

export function CategoryIcon({ category, ...props }: { category: Category } & Omit<ComponentProps<typeof LineIcon>, "d">) {
  return <LineIcon d={paths[category]} {...props} />;
}

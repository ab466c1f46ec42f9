// Pictograms for the kinds of help (24x24 line drawings); always next to the words, never instead.
import { LineIcon } from "~/components/ui/icons";

const paths: Record<string, string> = {
  company: "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2 20a6 6 0 0 1 12 0M10 20a6 6 0 0 1 12 0",
  groceries: "M3 4h2l2 11h11l2-8H6M9 20a1 1 0 1 0 0-2 1 1 0 0 0 0 2Zm8 0a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  accompany: "M9 5a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm6 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM7 22l2-9-2-3 2-3h0M17 22l-2-9 2-3-2-3",
  paperwork: "M6 2h9l5 5v15H6V2Zm9 0v5h5M9 12h8M9 16h8",
  digital: "M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1Zm4 17h2",
  dutch: "M4 5h16v11H9l-5 4V5Zm4 5h8",
  jobs: "M14 6a4 4 0 0 0-5 5L3 17l4 4 6-6a4 4 0 0 0 5-5l-3 3-3-3 2-4Z",
  walks: "M13 4a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM9 22l3-8 3 3v5M8 12l3-5 4 3 3 1",
};

export function KindIcon({ kind }: { kind: string }) {
  return <LineIcon d={paths[kind] ?? paths.company ?? ""} size={28} className="shrink-0 text-brand-dark" />;
}

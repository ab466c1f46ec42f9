// A pictogram per kind of question, next to its name in the staff's lists and forms.
import { LineIcon } from "~/components/ui/icons";
import { isQuestionKind, type QuestionKind } from "~/features/surveys/rules";

const paths: Record<QuestionKind, string> = {
  single: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z",
  multiple: "M4 4h7v7H4V4ZM13 6l2 2 4-4M4 14h7v7H4v-7ZM13 16l2 2 4-4",
  scale: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8 14c1 1.5 2.4 2.2 4 2.2s3-.7 4-2.2M9 9.5h.01M15 9.5h.01",
  yesno: "M3 12l4 4 6-8M14 8l7 8M21 8l-7 8",
  text: "M4 6h16M4 10h16M4 14h10M4 18h7",
};

export function KindIcon({ kind, className = "size-6 shrink-0 text-brand-dark" }: { kind: string; className?: string }) {
  return <LineIcon d={paths[isQuestionKind(kind) ? kind : "single"]} className={className} />;
}

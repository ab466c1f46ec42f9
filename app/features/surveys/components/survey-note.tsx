// A small note on "new agreement" and "new activity" when they were started from a survey's results: the follow-up
// keeps its reason in view. Uses the "common" texts only, so those pages need no survey translations.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SurveyNote({ note }: { note: { id: string; title: string; question: string | null } }) {
  const { t } = useTranslation();
  return (
    <aside className="mb-4 rounded-lg border-s-4 border-sky-700 bg-sky-50 p-3 text-base" data-testid="survey-note">
      <p>
        {t("fromSurvey.note")}{" "}
        <Link to={`/bevragingen/${note.id}/resultaten`} className="font-semibold">
          {note.title}
        </Link>
      </p>
      {note.question ? <p>{t("fromSurvey.question", { question: note.question })}</p> : null}
    </aside>
  );
}

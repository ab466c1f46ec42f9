import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PrintLanguagesForm } from "~/components/ui/print-languages";
import { Face } from "~/features/surveys/components/survey-icons";
import { buildInvitation } from "~/features/surveys/invitation.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { isLocale, type Locale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";
import printHref from "~/styles/survey-print.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printHref }];
export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:invitation.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const search = new URL(request.url).searchParams;
  const first = search.get("lang1");
  const lang1: Locale = isLocale(first) ? first : "nl";
  const second = search.get("lang2");
  const lang2: Locale | null = isLocale(second) && second !== lang1 ? second : null;
  const invitation = await buildInvitation(actor, params.surveyId ?? "", lang2 ? [lang1, lang2] : [lang1]);
  if (!invitation) throw notFound();
  return { invitation, choice: { lang1, lang2 } };
}

export default function Invitation() {
  const { t } = useTranslation("surveys");
  const { invitation, choice } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="no-print mb-2">
        <Link to={`/bevragingen/${invitation.id}`}>{t("form.backToSurvey")}</Link>
      </p>
      <PrintLanguagesForm
        choice={choice}
        labels={{
          intro: t("invitation.intro"),
          lang1: t("invitation.lang1"),
          lang2: t("invitation.lang2"),
          noSecond: t("invitation.noSecond"),
          show: t("invitation.show"),
          printHint: t("results.printHint"),
        }}
      />
      <article
        className="invitation flex flex-col gap-4 rounded-xl border-2 border-ink bg-white p-5 text-ink"
        aria-label={t("invitation.title")}
      >
        <header className="flex items-center gap-3 border-b-4 border-brand pb-3">
          <div className="flex shrink-0 gap-1" aria-hidden="true">
            <Face value={1} label="" className="size-8" />
            <Face value={3} label="" className="size-8" />
            <Face value={5} label="" className="size-8" />
          </div>
          <div>
            {invitation.texts.map((text) => (
              <p
                key={text.lang}
                lang={text.lang}
                dir={text.dir}
                className="text-xl font-semibold text-brand-dark"
              >
                {text.heading}
              </p>
            ))}
          </div>
        </header>
        {invitation.texts.map((text) => (
          <section key={text.lang} lang={text.lang} dir={text.dir} className="space-y-2">
            <h1 lang={text.titleLang} className="text-3xl font-extrabold leading-tight print:text-4xl">
              {text.title}
            </h1>
            {text.intro ? (
              <p lang={text.introLang} className="text-lg">
                {text.intro}
              </p>
            ) : null}
            <p className="text-xl font-semibold">{text.until}</p>
            <p className="text-lg">
              {text.questions} · {text.anonymous}
            </p>
          </section>
        ))}
        <div className="flex items-center gap-4">
          <div
            className="invitation-qr w-36 shrink-0 print:w-48"
            role="img"
            aria-label={invitation.link}
            dangerouslySetInnerHTML={{ __html: invitation.qrSvg }}
          />
          <div className="space-y-2">
            {invitation.texts.map((text) => (
              <p key={text.lang} lang={text.lang} dir={text.dir} className="text-lg">
                {text.scan}
              </p>
            ))}
            <p className="break-all font-mono text-lg font-bold">{invitation.link}</p>
          </div>
        </div>
        {invitation.texts.map((text) => (
          <p key={text.lang} lang={text.lang} dir={text.dir} className="text-lg">
            {text.noPhone} {text.phone}
          </p>
        ))}
        <p className="text-base text-ink/70">{invitation.place}</p>
      </article>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

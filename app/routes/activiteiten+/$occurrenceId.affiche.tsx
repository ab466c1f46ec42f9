import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PrintLanguagesForm } from "~/components/ui/print-languages";
import { CategoryIcon } from "~/features/activities/components/category-icon";
import { buildPoster } from "~/features/activities/poster.server";
import { posterSchema } from "~/features/activities/schema";
import { requireStaff } from "~/utils/auth.server";
import { type Locale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";
import posterHref from "~/styles/poster.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: posterHref }];
export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:poster.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const choice = posterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const languages: Locale[] =
    choice.lang2 && choice.lang2 !== choice.lang1 ? [choice.lang1, choice.lang2] : [choice.lang1];
  const poster = await buildPoster(actor, params.occurrenceId ?? "", languages);
  if (!poster) throw new Response("Not found", { status: 404 });
  return { poster, choice };
}

/**
 * Six strips to tear off, each about 3 cm wide: wide enough for a title, a date, the link and the phone number in
 * whole words; a notice board of a block of 40 flats gets a new poster before they are gone.
 */
const STRIPS = 6;

export default function Poster() {
  const { t } = useTranslation("activities");
  const { poster, choice } = useLoaderData<typeof loader>();
  const [first, second] = poster.texts;
  const two = Boolean(second);
  return (
    <>
      <PrintLanguagesForm
        choice={choice}
        labels={{
          intro: t("poster.intro"),
          lang1: t("poster.lang1"),
          lang2: t("poster.lang2"),
          noSecond: t("poster.noSecond"),
          show: t("poster.show"),
          printHint: `${t("poster.print")}: Ctrl+P / ⋮ → ${t("poster.print")}`,
        }}
      />
      {/* In print the poster is one A4 page: the strips keep their room at the bottom and the rest fits above them. */}
      <article
        className="poster flex flex-col rounded-xl border-2 border-ink bg-white p-5 text-ink"
        aria-label={t("poster.title")}
      >
        <div className="poster-body min-h-0 flex-1 overflow-hidden" data-testid="poster-body">
          <header className="flex items-center gap-3 border-b-4 border-brand pb-3">
            <CategoryIcon category={poster.category} className="size-16 shrink-0 text-brand" />
            <div>
              {poster.texts.map((text) => (
                <p
                  key={text.lang}
                  lang={text.lang}
                  dir={text.dir}
                  className="text-xl font-semibold text-brand-dark"
                >
                  {text.category}
                </p>
              ))}
            </div>
          </header>
          <h1
            className={`mt-4 font-extrabold leading-tight ${two ? "text-3xl print:text-4xl" : "text-4xl print:text-5xl"}`}
            lang={first?.titleLang}
            dir="auto"
          >
            {first?.title ?? poster.title}
          </h1>
          {second && second.title !== first?.title ? (
            <p className="mt-1 text-2xl font-bold leading-tight" lang={second.titleLang} dir="auto">
              {second.title}
            </p>
          ) : null}
          <div className={`mt-4 grid ${two ? "gap-3" : "gap-4"}`}>
            {poster.texts.map((text) => (
              <section key={text.lang} lang={text.lang} dir={text.dir} className="space-y-1">
                <p className="text-lg font-semibold text-ink/70">{text.when}</p>
                <p
                  className={`font-extrabold first-letter:uppercase ${two ? "text-2xl print:text-3xl" : "text-3xl print:text-4xl"}`}
                >
                  {text.day}
                </p>
                <p
                  className={`font-extrabold ${two ? "text-2xl print:text-3xl" : "text-3xl print:text-4xl"}`}
                >
                  {text.time}
                </p>
                {text.series ? <p className="text-lg">{text.series}</p> : null}
              </section>
            ))}
            <section className="space-y-1">
              <p className="text-lg font-semibold text-ink/70">
                {first?.where}
                {second ? ` / ${second.where}` : ""}
              </p>
              <p className="text-2xl font-bold" dir="auto">
                {poster.place}
              </p>
              {poster.address ? (
                <p className="text-lg" dir="auto">
                  {poster.address}
                </p>
              ) : null}
            </section>
            {poster.texts.map((text) => (
              <p key={text.lang} lang={text.lang} dir={text.dir} className="text-xl font-semibold">
                {text.welcome} {text.price}
              </p>
            ))}
          </div>
          <div className="mt-5 flex items-center gap-4">
            <div
              className={`poster-qr shrink-0 ${two ? "w-32 print:w-36" : "w-36 print:w-44"}`}
              role="img"
              aria-label={poster.shortLink}
              dangerouslySetInnerHTML={{ __html: poster.qrSvg }}
              data-testid="poster-qr"
            />
            <div className="min-w-0 space-y-2">
              {poster.texts.map((text) => (
                <div key={text.lang} lang={text.lang} dir={text.dir}>
                  <p className="text-lg">{text.signUp}</p>
                  {text.phone ? (
                    <p className="text-lg font-semibold">
                      <WithNumber text={text.phone} number={poster.strip.phone} />
                    </p>
                  ) : null}
                </div>
              ))}
              {/* On a phone's preview the long link may wrap anywhere; on paper only after the host. */}
              <p
                className="font-mono text-xl font-bold [overflow-wrap:anywhere] print:[overflow-wrap:normal]"
                dir="ltr"
              >
                {poster.strip.link[0]}
                <wbr />
                {poster.strip.link[1]}
              </p>
            </div>
          </div>
        </div>
        <div
          className="poster-strips mt-3 grid shrink-0 grid-cols-3 border-t-2 print:grid-cols-6 border-dashed border-ink"
          aria-label={t("poster.tearOff")}
        >
          {Array.from({ length: STRIPS }, (_, i) => (
            <div
              key={i}
              className="poster-strip flex h-60 flex-col gap-1 overflow-hidden border-e border-dashed border-ink px-1 py-2 text-sm leading-tight [writing-mode:vertical-rl] last:border-e-0"
              data-testid="poster-strip"
            >
              <span className="font-bold" lang={poster.strip.lang} dir="auto">
                {poster.strip.title}
              </span>
              <span className="first-letter:uppercase" lang={first?.lang}>
                {poster.strip.when}
              </span>
              <span className="font-mono text-xs" dir="ltr">
                {poster.strip.link[0]}
                <wbr />
                {poster.strip.link[1]}
              </span>
              {poster.strip.phone ? (
                <span dir="ltr">
                  <span aria-hidden="true">☎ </span>
                  {poster.strip.phone}
                </span>
              ) : null}
            </div>
          ))}
        </div>
      </article>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

/** "Of bel het wijkhuis: 050 44 10 20" with the number kept left to right inside an Arabic sentence. */
function WithNumber({ text, number }: { text: string; number: string | null }) {
  const at = number ? text.indexOf(number) : -1;
  if (!number || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <bdi dir="ltr">{number}</bdi>
      {text.slice(at + number.length)}
    </>
  );
}

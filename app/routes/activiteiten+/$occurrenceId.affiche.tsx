import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { SelectField } from "~/components/ui/field";
import { CategoryIcon } from "~/features/activities/components/category-icon";
import { buildPoster } from "~/features/activities/poster.server";
import { posterSchema } from "~/features/activities/schema";
import { requireStaff } from "~/utils/auth.server";
import { localeNames, supportedLocales, type Locale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";
import posterHref from "~/styles/poster.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: posterHref }];
export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:poster.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const choice = posterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const languages: Locale[] = choice.lang2 && choice.lang2 !== choice.lang1 ? [choice.lang1, choice.lang2] : [choice.lang1];
  const poster = await buildPoster(actor, params.occurrenceId ?? "", languages);
  if (!poster) throw new Response("Not found", { status: 404 });
  return { poster, choice };
}

/** Eight strips to tear off: enough for a notice board of a block of 40 flats before it is replaced. */
const STRIPS = 8;

export default function Poster() {
  const { t } = useTranslation("activities");
  const { poster, choice } = useLoaderData<typeof loader>();
  const [first, second] = poster.texts;
  return (
    <>
      <Form method="get" className="no-print mb-4 space-y-3 rounded-xl border border-ink/10 bg-white p-3">
        <p>{t("poster.intro")}</p>
        <div className="grid grid-cols-2 gap-3">
          <SelectField label={t("poster.lang1")} name="lang1" defaultValue={choice.lang1}>
            {supportedLocales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("poster.lang2")} name="lang2" defaultValue={choice.lang2 ?? ""}>
            <option value="">{t("poster.noSecond")}</option>
            {supportedLocales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </SelectField>
        </div>
        <Button variant="secondary" className="w-full">
          {t("poster.show")}
        </Button>
        <p className="text-base text-ink/70">{t("poster.print")}: Ctrl+P / ⋮ → {t("poster.print")}</p>
      </Form>
      <article className="poster flex flex-col rounded-xl border-2 border-ink bg-white p-5 text-ink" aria-label={t("poster.title")}>
        <header className="flex items-center gap-3 border-b-4 border-brand pb-3">
          <CategoryIcon category={poster.category} className="size-16 shrink-0 text-brand" />
          <div>
            {poster.texts.map((text) => (
              <p key={text.lang} lang={text.lang} dir={text.dir} className="text-xl font-semibold text-brand-dark">
                {text.category}
              </p>
            ))}
          </div>
        </header>
        <h1 className="mt-4 text-4xl font-extrabold leading-tight print:text-5xl">{poster.title}</h1>
        <div className="mt-4 grid gap-4">
          {poster.texts.map((text) => (
            <section key={text.lang} lang={text.lang} dir={text.dir} className="space-y-1">
              <p className="text-lg font-semibold text-ink/70">{text.when}</p>
              <p className="text-3xl font-extrabold first-letter:uppercase print:text-4xl">{text.day}</p>
              <p className="text-3xl font-extrabold print:text-4xl">{text.time}</p>
              {text.series ? <p className="text-lg">{text.series}</p> : null}
            </section>
          ))}
          <section className="space-y-1">
            <p className="text-lg font-semibold text-ink/70">
              {first?.where}
              {second ? ` / ${second.where}` : ""}
            </p>
            <p className="text-2xl font-bold">{poster.place}</p>
            {poster.address ? <p className="text-lg">{poster.address}</p> : null}
          </section>
          {poster.texts.map((text) => (
            <p key={text.lang} lang={text.lang} dir={text.dir} className="text-xl font-semibold">
              {text.welcome} {text.price}
            </p>
          ))}
        </div>
        <div className="mt-5 flex items-center gap-4">
          <div className="poster-qr w-36 shrink-0 print:w-44" role="img" aria-label={poster.shortLink} dangerouslySetInnerHTML={{ __html: poster.qrSvg }} />
          <div className="space-y-2">
            {poster.texts.map((text) => (
              <div key={text.lang} lang={text.lang} dir={text.dir}>
                <p className="text-lg">{text.signUp}</p>
                {text.phone ? <p className="text-lg font-semibold">{text.phone}</p> : null}
              </div>
            ))}
            <p className="break-all font-mono text-xl font-bold">{poster.shortLink}</p>
          </div>
        </div>
        <div className="mt-auto grid grid-cols-8 overflow-hidden border-t-2 border-dashed border-ink pt-2" aria-label={t("poster.tearOff")}>
          {Array.from({ length: STRIPS }, (_, i) => (
            <p key={i} className="h-44 overflow-hidden break-all border-e border-dashed border-ink px-0.5 text-xs leading-tight [writing-mode:vertical-rl] last:border-e-0 print:text-sm">
              <span className="font-bold first-letter:uppercase">{poster.stripDate}</span> {poster.stripTime} · {poster.shortLink}
            </p>
          ))}
        </div>
      </article>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

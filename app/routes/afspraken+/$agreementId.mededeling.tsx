import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { SelectField } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { formatDate } from "~/components/ui/format";
import { noticeQrSvg } from "~/features/agreements/notice.server";
import { can } from "~/features/agreements/permissions";
import { getNotice } from "~/features/agreements/queries.server";
import type { Adoption } from "~/features/agreements/rules";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { getFixedT } from "~/utils/i18n.server";
import { directionOf, isLocale, localeNames, supportedLocales, type Locale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";
import noticeCss from "~/styles/agreements-notice.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: noticeCss }];
export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:notice.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const url = new URL(request.url);
  const own = isLocale(actor.user.locale) ? actor.user.locale : "nl";
  const first = url.searchParams.get("taal1") ?? own;
  const second = url.searchParams.get("taal2") ?? (own === "nl" ? "" : "nl");
  // One or two languages: more does not fit on one A4 sheet in readable type.
  const locales = [...new Set([first, second].filter(isLocale))].slice(0, 2);
  if (locales.length === 0) locales.push("nl");
  const found = await getNotice(actor, params.agreementId ?? "", locales);
  if (!found || !can(actor, "read", found.access)) throw notFound();
  const { access: _access, ...notice } = found;
  const qr = await noticeQrSvg(notice.id);
  // Each language block carries its own headings, so the sheet reads right for both groups.
  const texts = locales.map((locale: Locale) => {
    const t = getFixedT(locale, "agreements");
    return {
      locale,
      heading: t("notice.heading", { space: notice.space.name }),
      adopted: adoptedLine(t, notice, locale),
      explanation: t("detail.explanation"),
      outdated: t("detail.outdated"),
      scan: t("notice.scan"),
    };
  });
  return { notice, qr, texts, first: locales[0] ?? "nl", second: locales[1] ?? "" };
}

/**
 * "Agreed together" only when enough households answered after the closing date (issue 16); otherwise who adopted it
 * and how many households answered, so the hallway does not read "samen goedgekeurd" after 1 answer of 14.
 */
function adoptedLine(t: ReturnType<typeof getFixedT>, notice: { adoptedAt: Date | null; number: number; adoption: Adoption | null }, locale: Locale) {
  const when = { date: formatDate(notice.adoptedAt, locale), number: notice.number };
  const adoption = notice.adoption;
  if (!adoption || adoption.together) return t("notice.adopted", when);
  return [
    t(`adoption.${adoption.by}`, { count: adoption.answered, households: adoption.households }),
    adoption.beforeClosing ? t("adoption.early") : "",
    t("notice.adoptedWhen", when),
  ]
    .filter(Boolean)
    .join(" ");
}

export default function NoticePage() {
  const { t } = useTranslation("agreements");
  const { notice, qr, texts, first, second } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="no-print">
        <PageTitle intro={t("notice.intro")}>{t("notice.title")}</PageTitle>
        <Form method="get" className="mb-6 grid grid-cols-2 items-end gap-3">
          <SelectField label={t("notice.first")} name="taal1" defaultValue={first}>
            {supportedLocales.map((locale) => (
              <option key={locale} value={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("notice.second")} name="taal2" defaultValue={second}>
            <option value="">{t("notice.none")}</option>
            {supportedLocales.map((locale) => (
              <option key={locale} value={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </SelectField>
          <Button variant="secondary" className="col-span-2">
            {t("notice.show")}
          </Button>
        </Form>
        <p className="mb-4 text-base">{t("notice.printHint")}</p>
        <PrintButton label={t("notice.print")} />
      </div>
      <article className="notice-sheet space-y-6 rounded-xl border border-ink/10 bg-white p-5 shadow-sm" data-testid="notice-sheet">
        <header className="flex items-start justify-between gap-4">
          <div>
            <p className="text-lg font-semibold text-brand-dark">
              {notice.building.name} · {notice.building.address}
            </p>
          </div>
          <figure className="notice-qr w-28 shrink-0 text-center">
            <div dangerouslySetInnerHTML={{ __html: qr.svg }} />
            <figcaption className="text-sm">{texts[0]?.scan}</figcaption>
          </figure>
        </header>
        {notice.languages.map((language) => {
          const text = texts.find((x) => x.locale === language.locale);
          const dir = isLocale(language.locale) ? directionOf(language.locale) : "ltr";
          return (
            <section key={language.locale} lang={language.locale} dir={dir} className="notice-language space-y-3">
              <h1 className="text-3xl font-bold">{text?.heading}</h1>
              <ol className="list-decimal space-y-2 ps-8 text-xl">
                {language.items.map((item) => (
                  <li key={item.id}>
                    <span className="font-semibold">{item.text}</span>
                    {item.explanation ? <span className="block text-lg text-ink/80">{item.explanation}</span> : null}
                    {item.original ? (
                      // A translation of an older Dutch text: said so, with the Dutch rule that holds now.
                      <span className="mt-1 block border-s-4 border-amber-700 ps-3 text-lg" data-testid="outdated-translation">
                        <span className="block">{text?.outdated}</span>
                        <span lang="nl" dir="ltr" className="block">
                          {item.original.text}
                        </span>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
              <p className="text-base">{text?.adopted}</p>
            </section>
          );
        })}
        <p className="break-all text-sm text-ink/70">{qr.url}</p>
      </article>
    </>
  );
}

/** Only shown once JavaScript runs; without it the hint above points to the browser's menu. */
function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <Button type="button" className="mb-6 w-full" onClick={() => window.print()}>
      {label}
    </Button>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

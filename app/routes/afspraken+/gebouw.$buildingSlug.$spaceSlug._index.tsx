import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { formatDate } from "~/components/ui/format";
import { Card, PageTitle } from "~/components/ui/page";
import { AdoptionNote } from "~/features/agreements/components/adoption-note";
import { ItemList } from "~/features/agreements/components/item-list";
import { PhaseBadge } from "~/features/agreements/components/phase-badge";
import { can } from "~/features/agreements/permissions";
import { getSpacePage } from "~/features/agreements/queries.server";
import { OpeningHours } from "~/features/bookings/components/opening-hours";
import { SettingsForm } from "~/features/bookings/components/settings-form";
import { saveBookingSettings } from "~/features/bookings/mutations.server";
import { mayChangeSettings } from "~/features/bookings/queries.server";
import { can as canBook } from "~/features/bookings/permissions";
import { bookingSettingsSchema } from "~/features/bookings/schema";
import { forbidden, notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const found = await getSpacePage(actor, params.buildingSlug ?? "", params.spaceSlug ?? "");
  if (!found || !can(actor, "read", found.access)) throw notFound();
  const { access, ...space } = found;
  const may = { createAgreement: can(actor, "create", access), changeSettings: canBook(actor, "changeSettings", access) };
  return { space, may, locale: await getLocale(request) };
}

/** Staff set the opening hours and the maximum length of a booking. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  // Refused before the form is read: nobody else learns what it asks for.
  if (!(await mayChangeSettings(actor, params.buildingSlug ?? "", params.spaceSlug ?? ""))) throw forbidden();
  const submission = await parseForm(request, bookingSettingsSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await saveBookingSettings(actor, { buildingSlug: params.buildingSlug ?? "", spaceSlug: params.spaceSlug ?? "" }, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`${new URL(request.url).pathname}?bewaard=1`);
}

export default function SpacePage() {
  const { t } = useTranslation("agreements");
  const { space, may, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [searchParams] = useSearchParams();
  const agreement = space.agreement;
  const hours = space.bookable?.active ? space.bookable : null;
  return (
    <>
      <p className="mb-2 text-base">
        <Link to="/afspraken">{t("title")}</Link> › <Link to={`/afspraken/gebouw/${space.building.slug}`}>{space.building.name}</Link>
      </p>
      <PageTitle intro={space.building.name}>{space.name}</PageTitle>
      {hours ? (
        <Card className="mb-6 space-y-2">
          <h2 className="text-xl font-bold">{t("booking.openingHours")}</h2>
          <OpeningHours hours={hours.hours} maxMinutes={hours.maxMinutes} />
          <LinkButton to={`/afspraken/gebouw/${space.building.slug}/${space.slug}/reserveren`} className="w-full">
            {t("detail.bookRoom")}
          </LinkButton>
        </Card>
      ) : null}
      {agreement ? (
        <section className="mb-6 space-y-3" aria-labelledby="rules-title">
          <h2 id="rules-title" className="text-2xl font-bold">
            {t("detail.items")}
          </h2>
          {agreement.adopted ? (
            <>
              <p>{t("adoptedOn", { date: formatDate(agreement.adopted.adoptedAt, locale), number: agreement.adopted.number })}</p>
              <AdoptionNote adoption={agreement.adopted.adoption} />
              <ItemList items={space.adoptedItems} />
            </>
          ) : (
            <p className="flex flex-wrap items-center gap-2">
              <PhaseBadge phase={agreement.phase} /> {t("version", { number: agreement.currentVersion })}
            </p>
          )}
          <LinkButton to={`/afspraken/${agreement.id}`} variant="secondary" className="w-full">
            {t("openSpace", { space: space.name })}
          </LinkButton>
        </section>
      ) : (
        <p className="mb-6">{t("noAgreement")}</p>
      )}
      {may.createAgreement && !agreement ? (
        <LinkButton to={`/afspraken/nieuw?ruimte=${space.id}`} className="mb-6 w-full">
          {t("newAgreement")}
        </LinkButton>
      ) : null}
      {may.changeSettings ? <SettingsForm defaults={space.bookable} lastResult={actionData?.result} saved={searchParams.has("bewaard")} /> : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { searchResidents } from "~/features/accounts/queries.server";
import { listHomesToConfirm } from "~/features/homes/queries.server";
import { listFlaggedForReview } from "~/features/privacy/queries.server";
import { requireStaff } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "desk.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const query = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  const [residents, toReview, homes] = await Promise.all([searchResidents(staff, query), listFlaggedForReview(staff), listHomesToConfirm(staff)]);
  return {
    query,
    residents,
    toReview: toReview.map((person) => ({ id: person.id, displayName: person.displayName })),
    homes: homes.map((home) => ({ id: home.id, name: home.user.displayName, building: home.building.name, unit: home.unit })),
  };
}

export default function Desk() {
  const { t } = useTranslation();
  const { query, residents, toReview, homes } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageTitle intro={t("desk.intro")}>{t("desk.title")}</PageTitle>
      {searchParams.has("verwijderd") ? <Notice tone="success">{t("privacy:erase.staffDone")}</Notice> : null}
      {searchParams.has("gehouden") ? <Notice tone="success">{t("privacy:review.kept")}</Notice> : null}
      {searchParams.get("woonplaats") === "bevestigd" ? <Notice tone="success">{t("residence.confirmed")}</Notice> : null}
      {searchParams.get("woonplaats") === "geweigerd" ? <Notice tone="success">{t("residence.refusedDone")}</Notice> : null}
      {homes.length ? <HomesToConfirm homes={homes} /> : null}
      {toReview.length ? <ReviewList people={toReview} /> : null}
      <LinkButton to="/onthaal/registreren" className="mb-2 w-full">
        {t("desk.register")}
      </LinkButton>
      <LinkButton to="/onthaal/intake" variant="secondary" className="mb-2 w-full">
        {t("outreach:intake.deskLink")}
      </LinkButton>
      <LinkButton to="/buurtwerk" variant="secondary" className="mb-6 w-full">
        {t("outreach:hub.deskLink")}
      </LinkButton>
      <h2 className="mb-2 text-2xl font-bold">{t("desk.residents")}</h2>
      <Form method="get" className="mb-4 flex items-end gap-2" role="search">
        <div className="flex-1">
          <Field label={t("desk.search")} name="q" type="search" defaultValue={query} />
        </div>
        <Button variant="secondary">{t("desk.searchButton")}</Button>
      </Form>
      {residents.length === 0 ? <p>{t("desk.noResults")}</p> : null}
      <ul className="space-y-3">
        {residents.map((resident) => (
          <li key={resident.id}>
            <Card className="space-y-2">
              <p className="text-xl font-semibold">{resident.displayName}</p>
              {/* Contact details only on the person's own page, where each view is logged. */}
              <p className="text-base text-ink/80">{resident.residences.map((r) => `${r.building.name} ${r.unit}`).join(", ")}</p>
              {resident.registeredBy ? (
                <p className="text-base text-ink/70">{t("desk.registeredBy", { name: resident.registeredBy.displayName })}</p>
              ) : null}
              <Form method="post" action="/namens">
                <input type="hidden" name="residentId" value={resident.id} />
                <Button variant="secondary" className="w-full">
                  {t("actingFor.start", { name: resident.displayName })}
                </Button>
              </Form>
              <Link to={`/onthaal/intake?bewoner=${resident.id}`} className="inline-flex min-h-tap items-center font-semibold">
                {t("outreach:intake.forResident")}: {resident.displayName}
              </Link>
              {!resident.hasEmail ? (
                <Link to={`/onthaal/${resident.id}/gegevens`} className="inline-flex min-h-tap items-center font-semibold">
                  {t("privacy:review.data")}
                </Link>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

/** People who said they live in a block here: yes (what is only for that building opens to them) or no. */
function HomesToConfirm({ homes }: { homes: { id: string; name: string; building: string; unit: string }[] }) {
  const { t } = useTranslation();
  return (
    <Card className="mb-6 space-y-3">
      <h2 className="text-2xl font-bold">{t("residence.confirmTitle")}</h2>
      <p>{t("residence.confirmIntro")}</p>
      <ul className="space-y-3" data-testid="homes-to-confirm">
        {homes.map((home) => (
          <li key={home.id} className="space-y-2 border-t border-ink/10 pt-2">
            <p>
              <span className="font-semibold" dir="auto">
                {home.name}
              </span>
              {" · "}
              {home.building} {home.unit}
            </p>
            <Form method="post" action="/onthaal/woonplaatsen" className="grid grid-cols-2 gap-2">
              <input type="hidden" name="requestId" value={home.id} />
              <Button variant="secondary" name="decision" value="confirm" aria-label={`${t("residence.confirm")}: ${home.name}`}>
                {t("residence.confirm")}
              </Button>
              <Button variant="secondary" name="decision" value="refuse" aria-label={`${t("residence.refuse")}: ${home.name}`}>
                {t("residence.refuse")}
              </Button>
            </Form>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** People registered here with nothing happening for a long time (the retention job): keep or delete. */
function ReviewList({ people }: { people: { id: string; displayName: string }[] }) {
  const { t } = useTranslation("privacy");
  return (
    <Card className="mb-6 space-y-3">
      <h2 className="text-2xl font-bold">{t("review.title")}</h2>
      <p>{t("review.intro")}</p>
      <ul className="space-y-3" data-testid="to-review">
        {people.map((person) => (
          <li key={person.id} className="space-y-2 border-t border-ink/10 pt-2">
            <p className="font-semibold">{person.displayName}</p>
            <div className="grid grid-cols-2 gap-2">
              <Form method="post" action="/onthaal/te-bekijken">
                <input type="hidden" name="residentId" value={person.id} />
                <Button variant="secondary" className="w-full" aria-label={`${t("review.keep")}: ${person.displayName}`}>
                  {t("review.keep")}
                </Button>
              </Form>
              <Link to={`/onthaal/${person.id}/gegevens`} className={buttonClass("secondary", "w-full")}>
                {t("review.data")}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

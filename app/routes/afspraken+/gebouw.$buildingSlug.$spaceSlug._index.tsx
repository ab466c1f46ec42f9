import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { saveBookingSettings } from "~/features/agreements/bookings.server";
import { formatDate } from "~/features/agreements/components/format";
import { ItemList } from "~/features/agreements/components/item-list";
import { PhaseBadge } from "~/features/agreements/components/phase-badge";
import { getSpacePage, toAsker } from "~/features/agreements/queries.server";
import { bookingSettingsSchema } from "~/features/agreements/schema";
import { requireStaff, requireActor } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const asker = toAsker(actor);
  const space = await getSpacePage(asker, params.buildingSlug ?? "", params.spaceSlug ?? "");
  if (!space) throw new Response("Not found", { status: 404 });
  return { space, isStaff: asker.isStaff, locale: actor.user.locale };
}

/** Staff set the opening hours and the maximum length of a booking. */
export async function action({ request, params }: ActionFunctionArgs) {
  await requireStaff(request);
  const asker = toAsker(await requireActor(request));
  const submission = await parseForm(request, bookingSettingsSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  await saveBookingSettings(asker, params.buildingSlug ?? "", params.spaceSlug ?? "", submission.value);
  return Response.json({ result: submission.reply(), saved: true });
}

export default function SpacePage() {
  const { t } = useTranslation("agreements");
  const { space, isStaff, locale } = useLoaderData<typeof loader>();
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
          <p>{t("booking.hours", { from: hours.opensAt, to: hours.closesAt, hours: Math.round((hours.maxMinutes / 60) * 10) / 10 })}</p>
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
      {isStaff && !agreement ? (
        <LinkButton to={`/afspraken/nieuw?ruimte=${space.id}`} className="mb-6 w-full">
          {t("newAgreement")}
        </LinkButton>
      ) : null}
      {isStaff ? <SettingsForm defaults={space.bookable} /> : null}
    </>
  );
}

function SettingsForm({ defaults }: { defaults: { active: boolean; opensAt: string; closesAt: string; maxMinutes: number } | null }) {
  const { t } = useTranslation("agreements");
  const actionData = useActionData<{ result: SubmissionResult<string[]>; saved?: boolean }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(bookingSettingsSchema),
    defaultValue: {
      opensAt: defaults?.opensAt ?? "09:00",
      closesAt: defaults?.closesAt ?? "22:00",
      maxMinutes: String(defaults?.maxMinutes ?? 240),
      active: defaults?.active ? "on" : undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bookingSettingsSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Card className="space-y-3">
      <h2 className="text-2xl font-bold">{t("booking.settingsTitle")}</h2>
      {actionData?.saved ? <Notice tone="success">{t("booking.settingsSaved")}</Notice> : null}
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <label className="flex min-h-tap items-center gap-3">
          <input {...getInputProps(fields.active, { type: "checkbox" })} className="h-6 w-6 accent-brand" />
          <span className="font-semibold">{t("booking.active")}</span>
        </label>
        <Field label={t("booking.opensAt")} errors={fields.opensAt.errors} {...getInputProps(fields.opensAt, { type: "time" })} />
        <Field label={t("booking.closesAt")} errors={fields.closesAt.errors} {...getInputProps(fields.closesAt, { type: "time" })} />
        <Field label={t("booking.maxMinutes")} errors={fields.maxMinutes.errors} {...getInputProps(fields.maxMinutes, { type: "number" })} />
        <Button variant="secondary" className="w-full">
          {t("common:actions.save")}
        </Button>
      </Form>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}

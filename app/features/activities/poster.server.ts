// The printable poster: texts in one or two languages chosen by the buurtwerker (built here, on the
// server, because the browser only has the translations of the page's own language) and a QR code.
import { qrCodeSvg } from "~/utils/qr-code.server";
import { formatLongDay, formatShortMoment, formatTimeRange, shortTitle } from "~/features/activities/format";
import { activityText, getPoster } from "~/features/activities/queries.server";
import { isCategory } from "~/features/activities/vocabulary";
import type { Actor } from "~/utils/actor";
import { env } from "~/utils/env.server";
import { directionOf, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";

export async function buildPoster(actor: Actor, occurrenceId: string, languages: Locale[]) {
  const occurrence = await getPoster(actor, occurrenceId);
  if (!occurrence) return null;
  const a = occurrence.activity;
  const shortUrl = new URL(`/a/${occurrence.id}`, env.APP_URL);
  const shortLink = `${shortUrl.host}${shortUrl.pathname}`;
  const category = isCategory(occurrence.category) ? occurrence.category : "other";
  const place = occurrence.placeNote ?? (a.space ? `${a.space.name}, ${a.space.building.name}` : (a.address ?? ""));
  const texts = languages.map((lang) => {
    const t = getFixedT(lang, "activities");
    // The organiser's translation of the title when there is one (else the Dutch, in every language).
    const text = activityText(a, lang);
    return {
      lang,
      dir: directionOf(lang),
      title: text.title,
      titleLang: text.lang,
      category: t(`categories.${category}`),
      when: t("poster.when"),
      where: t("poster.where"),
      day: formatLongDay(occurrence.startsAt, lang),
      time: formatTimeRange(occurrence.startsAt, occurrence.endsAt, lang),
      signUp: t("poster.signUp"),
      phone: a.neighbourhood.phone ? t("poster.phone", { phone: a.neighbourhood.phone }) : null,
      price: a.cost ? t("detail.cost", { cost: a.cost }) : t("poster.free"),
      welcome: t("poster.welcome"),
      series: a.recurrence === "none" ? null : t("poster.series", { rule: t(`recurrence.${a.recurrence}`) }),
    };
  });
  // Static markup from the qrcode library (paths only, no script, no style attribute): safe to inline.
  const qrSvg = await qrCodeSvg(shortUrl.toString(), { margin: 0 });
  return {
    id: occurrence.id,
    title: a.title,
    description: a.description,
    category,
    place,
    address: a.space?.building.address ?? null,
    shortLink,
    qrSvg,
    texts,
    strip: {
      // Whole words and a whole link on a strip of about 3 by 6 cm: short title, short date, link, phone.
      title: shortTitle(texts[0]?.title ?? a.title),
      lang: texts[0]?.titleLang ?? "nl",
      when: formatShortMoment(occurrence.startsAt, languages[0] ?? "nl"),
      // The link breaks only after its host, never inside a word.
      link: [shortUrl.host, shortUrl.pathname],
      phone: a.neighbourhood.phone,
    },
  };
}

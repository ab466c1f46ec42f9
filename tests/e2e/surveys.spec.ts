// Resident surveys (issue 18), by journey: a buurtwerker composes one; a resident answers in Arabic on a phone, one
// question a screen; without JavaScript, stopping and going on, and a second answer from the same flat refused;
// offline, answers sent once when the network is back; door-to-door and paper answers; the results with groups
// under 5 hidden, CSV, the A4 summary and invitation, and follow-ups that carry the survey.
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createBuilding, createUser } from "#tests/fixtures/factories";
import { createAnswers, createSurvey, type QuestionData } from "#tests/fixtures/surveys";
import { alsoOnPostgres, expect, expectAccessible, sessionCookie, test } from "./fixtures";

mkdirSync("test-results/screens", { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/surveys-${name}.png`, fullPage: true });

let n = 0;
const unique = (name: string) => `${name}-${Date.now().toString(36)}-${++n}@example.test`;

/** A building in Noordwijk, where the demo buurtwerker Sofie works. */
async function noordwijkBuilding(db: Parameters<typeof createBuilding>[0]) {
  const stamp = `${Date.now().toString(36)}${++n}`;
  return createBuilding(db, { slug: `vraagblok-${stamp}`, name: `Vraagblok ${stamp}`, address: "Vlasstraat 20, 8000 Brugge", neighbourhoodId: "wijk-noordwijk" });
}

const questions: QuestionData[] = [
  {
    kind: "scale",
    text: "Hoe tevreden ben je over je woning?",
    translations: [
      { locale: "ar", text: "ما مدى رضاك عن مسكنك؟" },
      { locale: "fr", text: "Êtes-vous satisfait de votre logement ?" },
    ],
  },
  {
    kind: "single",
    text: "Wat moet eerst beter?",
    translations: [{ locale: "ar", text: "ما الذي يجب أن يتحسن أولًا؟" }],
    options: [
      { text: "De gangen poetsen", icon: "clean", translations: [{ locale: "ar", text: "تنظيف الممرات" }] },
      { text: "Herstellingen", icon: "repair", translations: [{ locale: "ar", text: "الإصلاحات" }] },
      { text: "Licht in de kelder", icon: "light", translations: [{ locale: "ar", text: "إضاءة في القبو" }] },
    ],
  },
  { kind: "yesno", text: "Ken je je buren?", translations: [{ locale: "ar", text: "هل تعرف جيرانك؟" }] },
  { kind: "text", text: "Wil je nog iets zeggen?", translations: [{ locale: "ar", text: "هل تريد أن تقول شيئًا آخر؟" }] },
];

async function openSurvey(db: Parameters<typeof createBuilding>[0], buildingId: string, title = "Hoe woon jij hier?") {
  return createSurvey(db, {
    neighbourhoodId: "wijk-noordwijk",
    buildingId,
    title,
    intro: "We bespreken de resultaten op de bewonersbijeenkomst.",
    createdById: "buurtwerker-sofie",
    translations: [{ locale: "ar", title: "كيف تعيش هنا؟", intro: "سنتحدث عن النتائج في اجتماع السكان." }],
    questions,
  });
}

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", undefined, { timeout: 20_000 });
}

test("a resident answers in Arabic on a phone: one question a screen with faces and pictograms, progress, sent once", async ({ page, signIn, db, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const building = await noordwijkBuilding(db);
  const amina = await createUser(db, { displayName: "Amina Test", email: unique("amina"), locale: "ar", neighbourhoodId: "wijk-noordwijk", residence: { buildingId: building.id, unit: "2.03" } });
  const survey = await openSurvey(db, building.id);
  await signIn(amina.email ?? "");

  // From the home page, in her language.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await shot(page, "ar-home");
  await page.getByRole("link", { name: /رأيك في الحي/ }).click();
  await expect(page).toHaveURL(/\/bevragingen$/);
  await page.getByRole("link", { name: "كيف تعيش هنا؟" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "كيف تعيش هنا؟" })).toBeVisible();
  await expect(page.getByText("إجاباتك مجهولة الاسم. لا أحد يرى ماذا أجبت.")).toBeVisible();
  await shot(page, "ar-intro");
  await page.getByRole("link", { name: "ابدأ" }).click();

  // 1: faces, each named in Arabic.
  await expect(page.getByRole("heading", { level: 1, name: "ما مدى رضاك عن مسكنك؟" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "السؤال 1 من 4" })).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(5);
  await expect(page.getByRole("radio", { name: "جيد جدًا" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "ar-faces");
  await page.getByRole("img", { name: "جيد", exact: true }).click();
  await expect(page.getByRole("radio", { name: "جيد", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "التالي" }).click();

  // 2: choices with pictograms; "next" without a choice asks for one.
  await expect(page.getByRole("progressbar", { name: "السؤال 2 من 4" })).toBeVisible();
  await page.getByRole("button", { name: "التالي" }).click();
  await expect(page.getByText("اختر إجابة، أو المس «تخطَّ».")).toBeVisible();
  await page.getByRole("radio", { name: "إضاءة في القبو" }).check();
  await shot(page, "ar-choice");
  await page.getByRole("button", { name: "التالي" }).click();

  // 3: yes or no.
  await expect(page.getByRole("heading", { level: 1, name: "هل تعرف جيرانك؟" })).toBeVisible();
  await shot(page, "ar-yesno");
  await page.getByRole("img", { name: "نعم" }).click();
  await page.getByRole("button", { name: "التالي" }).click();

  // 4: skipped.
  await expect(page.getByRole("progressbar", { name: "السؤال 4 من 4" })).toBeVisible();
  await page.getByRole("button", { name: "تخطَّ" }).click();

  // Read back, then sent.
  await expect(page.getByRole("heading", { level: 1, name: "أرسل إجاباتك" })).toBeVisible();
  await expect(page.getByText("إضاءة في القبو")).toBeVisible();
  await expect(page.getByText("بدون إجابة")).toBeVisible();
  await shot(page, "ar-send");
  await page.getByRole("button", { name: "إرسال" }).click();
  await expect(page.getByText("أُرسلت إجاباتك. سنتحدث عن النتائج في اجتماع السكان.")).toBeVisible();
  // The thank-you, not the invitation again.
  await expect(page.getByText("سنتحدث عن النتائج في اجتماع السكان.", { exact: true })).toHaveCount(0);
  await shot(page, "ar-thanks");

  const responses = await db.surveyResponse.findMany({ where: { surveyId: survey.id }, select: { method: true, buildingId: true, answers: { select: { questionId: true, value: true } } } });
  expect(responses).toEqual([
    {
      method: "online",
      buildingId: building.id,
      answers: expect.arrayContaining([
        { questionId: survey.questions[0]?.id, value: "4" },
        { questionId: survey.questions[1]?.id, value: survey.questions[1]?.options[2]?.id },
        { questionId: survey.questions[2]?.id, value: "yes" },
      ]),
    },
  ]);
  expect(responses[0]?.answers).toHaveLength(3);
  expect(await db.surveyDraftAnswer.count({ where: { participation: { surveyId: survey.id } } })).toBe(0);
  // A question screen now leads back to the thank-you page; a second send is refused.
  await page.goto(`/bevragingen/${survey.id}/vraag/1`);
  await expect(page.getByText("لقد أجبت عن هذا الاستبيان من قبل. شكرًا!")).toBeVisible();
  const cookie = await sessionCookie(db, amina.id, baseURL ?? "");
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL ?? "", Cookie: `${cookie.name}=${cookie.value}` } });
  const again = await client.post(`/bevragingen/${survey.id}/versturen`, { form: {}, maxRedirects: 0 });
  await client.dispose();
  // Refused; the send page's loader then leads to the thank-you page instead of showing the form again.
  expect([again.status(), again.headers().location]).toEqual([302, `/bevragingen/${survey.id}`]);
  expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident stops and goes on later; a second resident of the same flat is refused, also when posting directly", alsoOnPostgres, async ({ page, signIn, db, baseURL, playwright }) => {
    test.setTimeout(120_000);
    const building = await noordwijkBuilding(db);
    const jan = await createUser(db, { displayName: "Jan Test", email: unique("jan"), residence: { buildingId: building.id, unit: "1.04" } });
    const els = await createUser(db, { displayName: "Els Test", email: unique("els"), residence: { buildingId: building.id, unit: "1.04" } });
    const survey = await openSurvey(db, building.id);
    await signIn(jan.email ?? "");
    await page.goto(`/bevragingen/${survey.id}`);
    await page.getByRole("link", { name: "Beginnen" }).click();
    await page.locator("label").filter({ hasText: "Gaat wel" }).click();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByText("Vraag 2 van 4")).toBeVisible();
    await page.getByLabel("Herstellingen").check();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByText("Vraag 3 van 4")).toBeVisible();
    await shot(page, "nojs-question");
    // He stops; later he goes on at question 3, and his answers so far are still there.
    await page.getByRole("link", { name: "Stoppen en later verder doen" }).click();
    await expect(page.getByText("2 van 4 vragen ingevuld")).toBeVisible();
    await shot(page, "nojs-resume");
    await page.getByRole("link", { name: "Verder doen bij vraag 3" }).click();
    await expect(page.getByText("Vraag 3 van 4")).toBeVisible();
    await page.getByRole("link", { name: "Vorige" }).click();
    await expect(page.getByLabel("Herstellingen")).toBeChecked();
    await page.getByRole("button", { name: "Volgende" }).click();
    await page.locator("label").filter({ hasText: "Nee" }).click();
    await page.getByRole("button", { name: "Volgende" }).click();
    await page.getByRole("textbox").fill("Een bank bij de voordeur.");
    await page.getByRole("button", { name: "Klaar, naar versturen" }).click();
    await expect(page.getByText("Een bank bij de voordeur.")).toBeVisible();
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText("Je antwoorden zijn verstuurd. We bespreken de resultaten op de bewonersbijeenkomst.")).toBeVisible();
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);

    // Els lives in the same flat: one answer per household.
    await page.context().clearCookies();
    await signIn(els.email ?? "");
    await page.goto(`/bevragingen/${survey.id}`);
    await expect(page.getByText("Iemand van je gezin heeft deze bevraging al ingevuld.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Beginnen" })).toHaveCount(0);
    await shot(page, "nojs-household-answered");
    const cookie = await sessionCookie(db, els.id, baseURL ?? "");
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL ?? "", Cookie: `${cookie.name}=${cookie.value}` } });
    const answer = await client.post(`/bevragingen/${survey.id}/vraag/1`, { form: { value: "1" }, maxRedirects: 0 });
    const sendIt = await client.post(`/bevragingen/${survey.id}/versturen`, { form: {}, maxRedirects: 0 });
    await client.dispose();
    // Refused (409), and as a page without JavaScript the screen's loader then sends her to the survey's page,
    // which says her household answered: nothing is saved.
    expect([answer.status(), answer.headers().location]).toEqual([302, `/bevragingen/${survey.id}`]);
    expect([sendIt.status(), sendIt.headers().location]).toEqual([302, `/bevragingen/${survey.id}`]);
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
    expect(await db.surveyParticipation.count({ where: { surveyId: survey.id, userId: els.id } })).toBe(0);
  });
});

test("offline: the screens open without network, each answer waits on the phone, and everything is sent once when the network is back", async ({ page, context, signIn, db, baseURL }) => {
  test.setTimeout(150_000);
  const building = await noordwijkBuilding(db);
  const rita = await createUser(db, { displayName: "Rita Test", email: unique("rita"), residence: { buildingId: building.id, unit: "0.02" } });
  const survey = await openSurvey(db, building.id);
  await signIn(rita.email ?? "");
  await page.goto(`/bevragingen/${survey.id}`);
  await waitForServiceWorker(page);
  // The worker keeps every screen of the survey as soon as its start page has opened.
  await expect
    .poll(async () => page.evaluate(async () => (await (await caches.open("wb-pages")).keys()).map((r) => new URL(r.url).pathname)), { timeout: 20_000 })
    .toEqual(expect.arrayContaining([`/bevragingen/${survey.id}/vraag/1`, `/bevragingen/${survey.id}/vraag/4`, `/bevragingen/${survey.id}/versturen`]));

  await context.setOffline(true);
  await page.getByRole("link", { name: "Beginnen" }).click();
  await expect(page.getByText("Vraag 1 van 4")).toBeVisible();
  await page.getByRole("img", { name: "Heel goed" }).click();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 2 van 4")).toBeVisible();
  await expect(page.getByText("Je vorige antwoord staat op je telefoon.")).toBeVisible();
  await shot(page, "offline-question");
  await page.getByLabel("De gangen poetsen").check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 3 van 4")).toBeVisible();
  await page.getByRole("img", { name: "Ja" }).click();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 4 van 4")).toBeVisible();
  await page.getByRole("button", { name: "Overslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Je antwoorden versturen" })).toBeVisible();
  const sendKey = await page.locator('input[name="idempotencyKey"]').inputValue();
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Bewaard op je telefoon. We sturen het door zodra je weer online bent.").first()).toBeVisible();
  await shot(page, "offline-send");
  expect(await db.surveyParticipation.count({ where: { surveyId: survey.id } })).toBe(0);

  await context.setOffline(false);
  await expect.poll(() => db.surveyResponse.count({ where: { surveyId: survey.id } }), { timeout: 30_000 }).toBe(1);
  const response = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: survey.id }, select: { answers: { select: { value: true } } } });
  expect(response.answers.map((a) => a.value).sort()).toEqual(["5", "yes", survey.questions[1]?.options[0]?.id ?? ""].sort());
  // The same submission once more (a second replay): answered as the first time, nothing new.
  const replay = await page.request.post(`/bevragingen/${survey.id}/versturen`, { form: { idempotencyKey: sendKey }, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
  expect(replay.status()).toBeLessThan(400);
  expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
  expect(await db.surveyParticipation.findFirstOrThrow({ where: { surveyId: survey.id }, select: { userId: true, method: true } })).toEqual({ userId: rita.id, method: "online" });
});

test("a buurtwerker composes a survey: every kind of question, translations, an outdated one marked, then publishes it", async ({ page, signIn, db }) => {
  test.setTimeout(150_000);
  const building = await noordwijkBuilding(db);
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto("/bevragingen");
  await page.getByRole("link", { name: "Nieuwe bevraging maken" }).click();
  await page.getByLabel("Voor wie?").selectOption({ value: `building:${building.id}` });
  await page.getByLabel("Eén antwoord per gezin").check();
  await page.getByLabel("Titel", { exact: true }).fill("Hoe woon jij in het Vraagblok?");
  await page.getByLabel("Uitleg voor de bewoners").fill("We willen weten wat beter kan.");
  await page.getByText("Vertalingen").click();
  await page.getByLabel("Titel (العربية)").fill("كيف تعيش في المبنى؟");
  await shot(page, "compose-settings");
  await page.getByRole("button", { name: "Bevraging maken" }).click();
  await expect(page.getByText("De bevraging is gemaakt. Voeg nu de vragen toe.")).toBeVisible();
  const surveyId = new URL(page.url()).pathname.split("/")[2] ?? "";

  // Faces, with an Arabic translation.
  await page.getByRole("link", { name: "Vraag toevoegen" }).click();
  await shot(page, "compose-kinds");
  await page.getByRole("link", { name: /Gezichtjes van 1 tot 5/ }).click();
  await page.getByLabel("Vraag", { exact: true }).fill("Hoe tevreden ben je over de lift?");
  await page.getByText("Vertalingen").click();
  await page.getByLabel("Vraag (العربية)").fill("ما مدى رضاك عن المصعد؟");
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(page.getByText("De vraag is opgeslagen.")).toBeVisible();

  // One choice, with pictograms; a single choice is not enough.
  await page.getByRole("link", { name: "Vraag toevoegen" }).click();
  await page.getByRole("link", { name: /Eén keuze/ }).click();
  await page.getByLabel("Vraag", { exact: true }).fill("Wat moet eerst beter?");
  await page.getByLabel("Keuze 1", { exact: true }).fill("Poetsen");
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(page.getByText("Geef minstens 2 keuzes.")).toBeVisible();
  await page.getByLabel("Keuze 2", { exact: true }).fill("Licht");
  // The radio is hidden inside its pictogram tile (the tile is what one taps).
  for (const [choice, icon] of [["Keuze 1", "Poetsen"], ["Keuze 2", "Licht"]] as const) {
    const item = page.getByRole("listitem").filter({ has: page.getByLabel(choice, { exact: true }) });
    await item.locator("label").filter({ has: page.getByRole("radio", { name: icon }) }).click();
    await expect(item.getByRole("radio", { name: icon })).toBeChecked();
  }
  await shot(page, "compose-choice");
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(page.getByText("De vraag is opgeslagen.")).toBeVisible();

  for (const kind of [/Meerdere keuzes/, /Ja of nee/, /Kort antwoord/]) {
    await page.getByRole("link", { name: "Vraag toevoegen" }).click();
    await page.getByRole("link", { name: kind }).click();
    await page.getByLabel("Vraag", { exact: true }).fill(`Vraag ${String(kind)}`);
    if (String(kind).includes("Meerdere")) {
      await page.getByLabel("Keuze 1", { exact: true }).fill("Buurtdrink");
      await page.getByLabel("Keuze 2", { exact: true }).fill("Taalcafé");
    }
    await page.getByRole("button", { name: "Vraag toevoegen" }).click();
    await expect(page.getByText("De vraag is opgeslagen.")).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "5 vragen" })).toBeVisible();

  // The Dutch of the first question changes: its Arabic translation is now outdated until confirmed.
  await page.getByRole("listitem").filter({ hasText: "Hoe tevreden ben je over de lift?" }).getByRole("link", { name: "Aanpassen" }).click();
  await page.getByLabel("Vraag", { exact: true }).fill("Hoe tevreden ben je over de lift en de trap?");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("1 vertaling is verouderd: de Nederlandse tekst veranderde erna.")).toBeVisible();
  await expect(page.getByText("AR: verouderd")).toBeVisible();
  await page.getByRole("listitem").filter({ hasText: "lift en de trap" }).getByRole("link", { name: "Aanpassen" }).click();
  await expect(page.getByTestId("outdated-mark")).toContainText("Hoe tevreden ben je over de lift?");
  await shot(page, "compose-outdated");
  await page.getByLabel("De vertaling klopt nog").check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("AR: vertaald")).toBeVisible();

  // Reorder, then publish.
  await page.getByRole("listitem").filter({ hasText: "Wat moet eerst beter?" }).getByRole("button", { name: "Hoger" }).click();
  await expect(page.getByRole("listitem").first()).toContainText("Wat moet eerst beter?");
  await shot(page, "compose-manage");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("De bevraging is gepubliceerd.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Aanpassen", exact: true })).toHaveCount(0);
  await shot(page, "compose-published");
  const stored = await db.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { status: true, buildingId: true, per: true, questions: { orderBy: { position: "asc" }, select: { kind: true, options: { select: { icon: true } } } } } });
  expect(stored).toMatchObject({ status: "published", buildingId: building.id, per: "household" });
  expect(stored.questions.map((q) => q.kind)).toEqual(["single", "scale", "multiple", "yesno", "text"]);
  expect(stored.questions[0]?.options.map((o) => o.icon)).toEqual(["clean", "light"]);
});

test("at the desk a buurtwerker helps a resident without email answer: as the resident, marked assisted, on the record", async ({ page, signIn, db }) => {
  test.setTimeout(120_000);
  const building = await noordwijkBuilding(db);
  const stamp = `${Date.now().toString(36)}${++n}`;
  const rosa = await createUser(db, { displayName: `Rosa ${stamp}`, email: null, neighbourhoodId: "wijk-noordwijk", residence: { buildingId: building.id, unit: "0.02" } });
  const survey = await openSurvey(db, building.id);
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/onthaal?q=${encodeURIComponent(`Rosa ${stamp}`)}`);
  await page.getByRole("button", { name: `Helpen als Rosa ${stamp}` }).click();
  await expect(page.getByText(`Je helpt nu Rosa ${stamp}.`)).toBeVisible();

  await page.goto(`/bevragingen/${survey.id}`);
  await page.getByRole("link", { name: "Beginnen" }).click();
  await page.locator("label").filter({ hasText: "Heel goed" }).click();
  await page.getByRole("button", { name: "Volgende" }).click();
  for (const number of [2, 3, 4]) {
    await expect(page.getByText(`Vraag ${number} van 4`)).toBeVisible();
    await page.getByRole("button", { name: "Overslaan" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Je antwoorden versturen" })).toBeVisible();
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Je antwoorden zijn verstuurd.", { exact: false })).toBeVisible();
  await shot(page, "acting-sent");

  // Rosa's household took part, with Sofie's help; the answer itself names nobody.
  const participation = await db.surveyParticipation.findFirstOrThrow({ where: { surveyId: survey.id }, select: { userId: true, method: true, assistedById: true, unit: true } });
  expect(participation).toEqual({ userId: rosa.id, method: "assisted", assistedById: "buurtwerker-sofie", unit: "0.02" });
  expect(await db.surveyResponse.findMany({ where: { surveyId: survey.id }, select: { method: true, answers: { select: { value: true } } } })).toEqual([{ method: "assisted", answers: [{ value: "5" }] }]);
  const session = await db.actingSession.findFirstOrThrow({ where: { residentId: rosa.id }, select: { events: { select: { action: true, subject: true } } } });
  expect(session.events).toEqual([{ action: "surveys.answer", subject: "Hoe woon jij hier?" }]);
  await page.getByRole("button", { name: "Stoppen" }).click();
});

test("door to door and on paper: marked assisted and paper, a flat that answered is refused, and it works offline", alsoOnPostgres, async ({ page, context, signIn, db }) => {
  test.setTimeout(150_000);
  const building = await noordwijkBuilding(db);
  await createUser(db, { residence: { buildingId: building.id, unit: "1.01" } });
  await createUser(db, { residence: { buildingId: building.id, unit: "1.02" } });
  const survey = await openSurvey(db, building.id);
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/bevragingen/${survey.id}`);
  await page.getByRole("link", { name: /Antwoorden afnemen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antwoorden afnemen" })).toBeVisible();

  // At the door of 1.01.
  await page.getByLabel("Aan de deur of aan het onthaal").check();
  await page.getByLabel("Appartement").fill("1.01");
  await page.getByRole("listitem").filter({ hasText: "Hoe tevreden ben je over je woning?" }).getByRole("img", { name: "Goed", exact: true }).click();
  await page.getByRole("listitem").filter({ hasText: "Wat moet eerst beter?" }).getByLabel("Herstellingen").check();
  await shot(page, "collect");
  await page.getByRole("button", { name: "Antwoorden van dit gezin bewaren" }).click();
  await expect(page.getByText("De antwoorden van appartement 1.01 zijn bewaard.")).toBeVisible();

  // A paper form of the same flat: refused, with what was typed kept.
  await page.getByLabel("Van een papieren formulier").check();
  await page.getByLabel("Appartement").fill("1.01");
  await page.getByRole("listitem").filter({ hasText: "Ken je je buren?" }).getByRole("img", { name: "Nee" }).click();
  await page.getByRole("button", { name: "Antwoorden van dit gezin bewaren" }).click();
  await expect(page.getByText("Dit gezin heeft al geantwoord. Per gezin tellen we één antwoord.")).toBeVisible();
  await expect(page.getByLabel("Appartement")).toHaveValue("1.01");
  await expect(page.getByRole("listitem").filter({ hasText: "Ken je je buren?" }).getByRole("radio", { name: "Nee" })).toBeChecked();
  await page.getByLabel("Appartement").fill("3.09");
  await page.getByRole("button", { name: "Antwoorden van dit gezin bewaren" }).click();
  await expect(page.getByText("De antwoorden van appartement 3.09 zijn bewaard.")).toBeVisible();

  // Offline in the stairwell: kept on the phone, sent once back in reception.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByLabel("Aan de deur of aan het onthaal").check();
  await page.getByLabel("Appartement").fill("1.02");
  await page.getByRole("listitem").filter({ hasText: "Wil je nog iets zeggen?" }).getByRole("textbox").fill("De bel werkt niet.");
  await page.getByRole("button", { name: "Antwoorden van dit gezin bewaren" }).click();
  await expect(page.getByText("Bewaard op je telefoon. We sturen het door zodra je weer online bent.").first()).toBeVisible();
  await expect(page.getByLabel("Appartement")).toHaveValue("");
  // Only what is true now: the earlier "3.09 saved" gives way to "kept on your phone".
  await expect(page.getByText("De antwoorden van appartement 3.09 zijn bewaard.")).toHaveCount(0);
  await shot(page, "collect-offline");
  await context.setOffline(false);
  await expect.poll(() => db.surveyParticipation.count({ where: { surveyId: survey.id } }), { timeout: 30_000 }).toBe(3);

  const participations = await db.surveyParticipation.findMany({ where: { surveyId: survey.id }, orderBy: { unit: "asc" }, select: { unit: true, method: true, userId: true, assistedById: true } });
  expect(participations).toEqual([
    { unit: "1.01", method: "assisted", userId: null, assistedById: "buurtwerker-sofie" },
    { unit: "1.02", method: "assisted", userId: null, assistedById: "buurtwerker-sofie" },
    { unit: "3.09", method: "paper", userId: null, assistedById: "buurtwerker-sofie" },
  ]);
  expect((await db.surveyResponse.findMany({ where: { surveyId: survey.id }, select: { method: true } })).map((r) => r.method).sort()).toEqual(["assisted", "assisted", "paper"]);
  await page.reload();
  await page.getByText("Welke gezinnen antwoordden al?").click();
  await expect(page.getByText("1.01 ✓ geantwoord")).toBeVisible();
});

test("results: counts and percentages, groups under 5 hidden, open answers without names, response rate, CSV, A4 summary and invitation, follow-ups", async ({ page, signIn, db }) => {
  test.setTimeout(150_000);
  const stamp = `${Date.now().toString(36)}${++n}`;
  const big = await noordwijkBuilding(db);
  const small = await createBuilding(db, { slug: `kleinblok-${stamp}`, name: `Kleinblok ${stamp}`, address: "Kleinstraat 1", neighbourhoodId: "wijk-noordwijk" });
  for (const unit of ["1", "2", "3", "4", "5", "6", "7", "8"]) await createUser(db, { residence: { buildingId: big.id, unit: `1.0${unit}` } });
  const neighbour = await createUser(db, { email: unique("kleinblok"), residence: { buildingId: small.id, unit: "0.01" } });
  await createUser(db, { residence: { buildingId: small.id, unit: "0.02" } });
  const survey = await createSurvey(db, { neighbourhoodId: "wijk-noordwijk", title: `Noordwijk ${stamp}`, createdById: "buurtwerker-sofie", questions });
  const rows: (string[] | null)[][] = [
    [["5"], ["0"], ["yes"], ["Meer banken in de tuin"]],
    [["4"], ["0"], ["yes"], ["Een speeltuin"]],
    [["4"], ["1"], ["no"], ["Alles goed"]],
    [["2"], ["2"], ["yes"], ["Meer licht"]],
    [["5"], ["0"], ["no"], ["De lift"]],
    [["3"], ["1"], null, null],
  ];
  for (const [i, values] of rows.entries()) await createAnswers(db, { survey, buildingId: big.id, unit: `1.0${i + 1}`, method: i < 2 ? "paper" : "online", values });
  for (const [i, values] of [[["1"], ["2"], ["no"], null], [["1"], ["2"], ["no"], null]].entries()) await createAnswers(db, { survey, buildingId: small.id, unit: `0.0${i + 1}`, method: "assisted", values });

  // A resident of the neighbourhood sees no results.
  await signIn(neighbour.email ?? "");
  const refused = await page.goto(`/bevragingen/${survey.id}/resultaten`);
  expect(refused?.status()).toBe(404);
  const csvRefused = await page.request.get(`/bevragingen/${survey.id}/export?soort=rijen`);
  expect(csvRefused.status()).toBe(404);

  await page.context().clearCookies();
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/bevragingen/${survey.id}/resultaten`);
  // A survey of the whole neighbourhood: every building of Noordwijk is asked (other tests add some), each with its rate.
  await expect(page.getByText(/^8 van \d+ gezinnen antwoordden \(\d+%\)\.$/)).toBeVisible();
  await expect(page.getByRole("row", { name: `${big.name} 6 8 75%` })).toBeVisible();
  await expect(page.getByRole("row", { name: `Kleinblok ${stamp} 2 2 100%` })).toBeVisible();
  await expect(page.getByText("Online: 4 · met hulp: 2 · op papier: 2")).toBeVisible();
  const first = page.getByRole("region", { name: "1. Hoe tevreden ben je over je woning?" });
  await expect(first.getByRole("row", { name: /Heel goed.* 2 25%/ }).first()).toBeVisible();
  await expect(first.getByRole("row", { name: /Heel slecht.* 2 25%/ }).first()).toBeVisible();
  // Per building: the small block (2 answers) is hidden, and so is the big one (subtraction would show the small one).
  await first.getByText("Per gebouw").click();
  await expect(first.getByTestId("suppressed")).toHaveCount(2);
  // The open question: 5 answers, listed without names, sorted.
  const open = page.getByRole("region", { name: "4. Wil je nog iets zeggen?" });
  await expect(open.getByRole("listitem")).toHaveText(["“Alles goed”", "“De lift”", "“Een speeltuin”", "“Meer banken in de tuin”", "“Meer licht”"]);
  await expectAccessible(page);
  // Nothing wider than the phone: the response-rate table fits 390 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "results");

  const totals = await page.request.get(`/bevragingen/${survey.id}/export?soort=totalen`);
  const totalsText = await totals.text();
  expect(totals.headers()["content-type"]).toContain("text/csv");
  expect(totalsText.charCodeAt(0)).toBe(0xfeff);
  expect(totalsText).toContain('"1. Hoe tevreden ben je over je woning?","Iedereen","5 (Heel goed)","2","25","8"');
  expect(totalsText).toContain(`"Kleinblok ${stamp}","verborgen (minder dan 5 antwoorden)"`);
  const anonymous = await (await page.request.get(`/bevragingen/${survey.id}/export?soort=rijen`)).text();
  const lines = anonymous.trim().split("\r\n");
  expect(lines).toHaveLength(9);
  expect(anonymous).toContain("(kleine groep)");
  expect(anonymous).not.toContain(`Kleinblok ${stamp}`);

  await page.getByRole("link", { name: "Samenvatting voor de bewonersbijeenkomst (A4)" }).click();
  await expect(page.getByText("Resultaten van de bewonersbevraging").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "summary");
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/screens/surveys-summary-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // Follow-ups carry the survey.
  await page.goto(`/bevragingen/${survey.id}/resultaten`);
  await first.getByRole("link", { name: "Afspraken voorstellen" }).click();
  await expect(page).toHaveURL(new RegExp(`/afspraken/nieuw\\?bevraging=${survey.id}`));
  await expect(page.getByTestId("survey-note")).toContainText(`Noordwijk ${stamp}`);
  await expect(page.getByTestId("survey-note")).toContainText("Vraag: Hoe tevreden ben je over je woning?");
  await page.goBack();
  await first.getByRole("link", { name: "Activiteit plannen" }).click();
  await expect(page).toHaveURL(new RegExp(`/activiteiten/nieuw\\?bevraging=${survey.id}`));
  await expect(page.getByTestId("survey-note")).toContainText(`Noordwijk ${stamp}`);
  await shot(page, "follow-up-activity");

  // The invitation in Dutch and Arabic, with its QR code.
  await page.goto(`/bevragingen/${survey.id}/uitnodiging?lang1=nl&lang2=ar`);
  await expect(page.getByText("Jouw mening telt")).toBeVisible();
  await expect(page.getByText("رأيك مهم")).toBeVisible();
  await expect(page.locator(".invitation-qr svg")).toBeVisible();
  await shot(page, "invitation");
});

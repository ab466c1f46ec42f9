import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { rawAnswer } from "#tests/setup/raw-answer";
import { codeFieldLabel, expect, expectAccessible, test } from "./fixtures";

test("a demo resident signs in with the code from the email", async ({ page, signIn }) => {
  await signIn("jozef-vermeulen@demo.warmebuurt.be");
  await expect(page).toHaveURL(/\/activiteiten$/);
  await page.getByRole("link", { name: "Ik" }).click();
  await expect(page.getByLabel("Naam")).toHaveValue("Jozef Vermeulen");
  await expect(page.getByText("Blok De Linde")).toBeVisible();
});

test("a resident who prefers Arabic gets the app in Arabic after signing in", async ({ page, signIn }) => {
  await signIn("amina-benali@demo.warmebuurt.be");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("link", { name: "حسابي" })).toBeVisible();
});

test("a new person signs in, is asked for a name and keeps it", async ({ page, signIn }) => {
  const email = `nieuw-${Date.now()}@example.test`;
  await signIn(email);
  await expect(page).toHaveURL(/\/ik\?welkom=1/);
  await page.getByLabel("Naam").fill("Noor Verbeke");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je gegevens zijn bewaard.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Naam")).toHaveValue("Noor Verbeke");
});

test("a wrong code is refused in the user's language and the code can be retried", async ({ page, app }) => {
  const email = `fout-${Date.now()}@example.test`;
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await page.waitForURL(/\/inloggen\/code/);
  const mail = await app.smtp.waitForMail(email);
  const code = /\b(\d{6})\b/.exec(mail.text ?? "")?.[1] ?? "";
  const wrong = code === "000000" ? "111111" : "000000";
  await page.getByLabel(codeFieldLabel).fill(wrong);
  await page.getByRole("button", { name: "Aanmelden" }).last().click();
  await expect(page.getByText("Deze code klopt niet of is verlopen.")).toBeVisible();
  await page.getByLabel(codeFieldLabel).fill(code);
  await page.getByRole("button", { name: "Aanmelden" }).last().click();
  await expect(page).toHaveURL(/\/ik\?welkom=1/);
});

test("an invalid email gets a clear message and keeps what was typed", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("jozef.at.telenet");
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByText("Dit is geen geldig e-mailadres.")).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue("jozef.at.telenet");
});

test("the magic link in the email signs in after one tap", async ({ page, app }) => {
  const email = "rita-claeys@demo.warmebuurt.be";
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await page.waitForURL(/\/inloggen\/code/);
  // Other tests of this worker may mail Rita too (confirmations...): take the sign-in mail.
  const mail = await app.smtp.waitForMail(email, (received) => /\/inloggen\/link\//.test(received.text ?? ""));
  const link = /(http:\/\/localhost:\d+\/inloggen\/link\/[\w-]+[^\s\])]*)/.exec(mail.text ?? "")?.[1];
  expect(link).toBeTruthy();
  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/activiteiten/);
  // The link is single use.
  await page.context().clearCookies();
  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Deze link werkt niet meer.")).toBeVisible();
});

test("the language switcher shows French and Arabic, right to left, and remembers it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByLabel("Kies je taal").click();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("navigation", { name: "Menu principal" })).toBeVisible();
  await page.getByLabel("Choisissez votre langue").click();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await page.goto("/activiteiten");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: "test-results/screens/home-ar.png" });
});

test("Accept-Language picks the first language we speak", async ({ browser, app }) => {
  const context = await browser.newContext({ locale: "fr-BE", baseURL: app.baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});

test("pages travel compressed as the browser asks: brotli for phones, gzip, or as they are", async ({ app }) => {
  // Plain HTTP: a browser (and Playwright's request) unpacks the answer before a test sees it.
  const ask = async (encoding: string) => {
    const answer = await rawAnswer(new URL("/activiteiten", app.baseURL), { headers: { "accept-encoding": encoding, "accept-language": "nl-BE" } });
    const { "content-encoding": sentAs, "content-length": length, vary } = answer.headers;
    return { encoding: sentAs, length, vary, body: answer.body };
  };
  const phone = await ask("gzip, deflate, br, zstd");
  const older = await ask("gzip, deflate");
  const plain = await ask("identity");
  expect([phone.encoding, older.encoding, plain.encoding]).toEqual(["br", "gzip", undefined]);
  const page = plain.body.toString();
  expect(page).toContain("</html>");
  expect(brotliDecompressSync(phone.body).toString()).toContain("<h1");
  expect(gunzipSync(older.body).toString()).toContain("<h1");
  // Brotli is the smaller of the two.
  expect(phone.body.length).toBeLessThan(older.body.length);
  expect(older.body.length).toBeLessThan(page.length / 3);
  // Compressed in one piece, so its length is known (no chunked answer); a cache keeps the versions apart.
  expect([phone.length, older.length]).toEqual([String(phone.body.length), String(older.body.length)]);
  for (const answer of [phone, older, plain]) expect(answer.vary).toMatch(/Accept-Encoding/i);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in works with plain forms", async ({ page, app }) => {
    const email = "maria-de-smet@demo.warmebuurt.be";
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Stuur mij een code" }).click();
    await page.waitForURL(/\/inloggen\/code/);
    const mail = await app.smtp.waitForMail(email);
    const code = /\b(\d{6})\b/.exec(mail.text ?? "")?.[1] ?? "";
    await page.getByLabel(codeFieldLabel).fill(code);
    await page.getByRole("button", { name: "Aanmelden" }).last().click();
    await expect(page).toHaveURL(/\/activiteiten/);
    await page.goto("/ik");
    await expect(page.getByLabel("Naam")).toHaveValue("Maria De Smet");
  });

  test("the language switcher works as a plain form", async ({ page }) => {
    await page.goto("/hulp");
    await page.locator("summary").click();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/hulp$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("a buurtwerker registers a resident without email and acts for them", async ({ page, signIn }) => {
  await signIn("sofie@demo.warmebuurt.be");
  await page.getByRole("link", { name: "Onthaal" }).click();
  await page.getByRole("link", { name: "Bewoner registreren" }).click();
  await expect(page.getByRole("heading", { name: "Bewoner registreren" })).toBeVisible();
  await page.getByLabel("Naam", { exact: true }).fill("Georgette Vandamme");
  await page.getByLabel("Telefoon").fill("0470 99 88 77");
  await page.getByLabel("Gebouw").selectOption({ label: "Blok De Linde" });
  await page.getByLabel("Appartement").fill("2.04");
  await page.getByRole("button", { name: "Bewoner registreren" }).click();
  await expect(page.getByText("Georgette Vandamme is geregistreerd.")).toBeVisible();
  await page.getByRole("button", { name: "Helpen als Georgette Vandamme" }).click();
  await expect(page.getByText("Je helpt nu Georgette Vandamme.")).toBeVisible();
  await page.getByRole("link", { name: "Ik" }).click();
  await expect(page.getByLabel("Naam")).toHaveValue("Georgette Vandamme");
  await page.getByRole("button", { name: "Stoppen" }).click();
  await expect(page).toHaveURL(/\/onthaal/);
  await expect(page.getByText("Je helpt nu")).toHaveCount(0);
});

test("residents cannot open the desk", async ({ page, signIn }) => {
  await signIn("gilbert-maes@demo.warmebuurt.be");
  const response = await page.goto("/onthaal");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Dit mag je niet bekijken")).toBeVisible();
});

test("moving between parts of the app in the browser brings each part's texts", async ({ page, app }) => {
  // Each page carries only its own part's translations (app/utils/i18n.ts): a client-side move must fetch the next.
  // And one request for a move's data: the layout waits for the texts itself, so Remix asks for the root's data and
  // the page's together (a clientLoader on the root made every move, filter and form sent two requests).
  // Counted where they arrive: the server's log of requests (a line is written once the answer is sent).
  const dataRequests = () => app.serverOutput().split("\n").filter((line) => /^GET \S+\.data\b/.test(line));
  const before = dataRequests().length;
  await page.goto("/activiteiten");
  await expect.poll(() => page.evaluate(() => "__remixRouter" in window)).toBe(true);
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await menu.getByRole("link", { name: "Afspraken" }).click();
  await expect(page.getByText("Samen regels maken voor de gemeenschappelijke ruimtes van je gebouw.")).toBeVisible();
  await expect.poll(() => dataRequests().length - before).toBe(1);
  await menu.getByRole("link", { name: "Hulp" }).click();
  await expect(page.getByText("Een buddy voor een babbel, boodschappen of papieren.", { exact: false }).first()).toBeVisible();
  await expect.poll(() => dataRequests().length - before).toBe(2);
  await menu.getByRole("link", { name: "Activiteiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activiteiten" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/\b(intro|title|signedOut)\b/);
  await expect.poll(() => dataRequests().length - before).toBe(3);
  // A filter on the same part of the app: the same texts, one request.
  await page.getByRole("searchbox").fill("koffie");
  await page.getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page).toHaveURL(/zoek=koffie/);
  // The results are shown once the page React renders carries the words (the address changes before the page does).
  await expect(page.locator('input[name="zoek"][value="koffie"]')).toBeAttached();
  await expect.poll(() => dataRequests().length - before).toBe(4);

  // In another language: the page waits for that language's texts and never shows a key.
  await page.locator("summary", { hasText: "NL" }).click();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activités" })).toBeVisible();
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Aide" }).click();
  await expect(page.getByText("Un buddy", { exact: false }).first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/\b(intro|title|signedOut)\b/);
});

test.describe("without the service worker", () => {
  // page.route does not see what a service worker fetches.
  test.use({ serviceWorkers: "block" });
  test("a move to a part whose texts cannot be fetched loads that page as a whole, with its texts", async ({ page }) => {
    await page.goto("/activiteiten");
    await expect.poll(() => page.evaluate(() => "__remixRouter" in window)).toBe(true);
    await page.route(/\/vertalingen\/[^/]*help/, (route) => route.abort("internetdisconnected"));
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Hulp" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hulp" })).toBeVisible();
    await expect(page).toHaveURL(/\/hulp$/);
    // A new document, rendered by the server with the texts, not the old page showing keys.
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(false);
    await expect(page.locator("body")).not.toContainText(/\b(intro|title|signedOut)\b/);
  });
});

test("a page names its texts instead of carrying them; the browser fetches them once and keeps them", async ({ page, request }) => {
  // Issue 19: the texts were half of every page (34 KB of the list's 71 KB), compressed and sent again each time.
  const html = await (await request.get("/activiteiten", { headers: { "accept-language": "fr-BE" } })).text();
  const href = /<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(href).toMatch(/^\/vertalingen\/fr\.common-pwa-activities-auth\.[0-9a-f]{12}\.json$/);
  // "skipToContent" is a key of the texts: it is never shown, so it is only in a page that carries them.
  expect(html).not.toContain("skipToContent");
  expect(html.length).toBeLessThan(50_000);
  const texts = await request.get(href);
  expect(texts.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(Object.keys((await texts.json()) as object)).toEqual(["fr"]);

  // In the browser (Dutch) the page comes alive with its texts; a second page of the same part names the same file.
  const asked: string[] = [];
  page.on("request", (one) => {
    if (one.url().includes("/vertalingen/")) asked.push(new URL(one.url()).pathname);
  });
  await page.goto("/activiteiten");
  await expect.poll(() => page.evaluate(() => "__remixRouter" in window)).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "Activiteiten" })).toBeVisible();
  const dutch = (await page.locator("link[data-translations]").getAttribute("href")) ?? "";
  expect(dutch).toMatch(/^\/vertalingen\/nl\.common-pwa-activities-auth\.[0-9a-f]{12}\.json$/);
  await page.goto("/activiteiten?wanneer=week");
  await expect.poll(() => page.evaluate(() => "__remixRouter" in window)).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "Activiteiten" })).toBeVisible();
  // (Which the browser keeps for a year, by the header above, and the service worker too, see pwa.spec.ts.)
  expect(asked.length).toBeGreaterThanOrEqual(1);
  expect(new Set(asked)).toEqual(new Set([dutch]));
});

test("unknown pages answer 404 in the user's language, inside the app", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
});

test("a form posted from another site is refused", async ({ request, db }) => {
  const email = `csrf-${Date.now()}@example.test`;
  const page = await request.post("/inloggen", { form: { email }, headers: { Origin: "https://evil.example" } });
  expect(page.status()).toBeGreaterThanOrEqual(400);
  expect(await db.loginCode.count({ where: { email } })).toBe(0);
  // Resource routes are checked by our own form reader.
  const resource = await request.post("/taal", { form: { locale: "fr" }, headers: { Origin: "https://evil.example" } });
  expect(resource.status()).toBe(403);
});

test("every page has a strict Content-Security-Policy", async ({ page }) => {
  const response = await page.goto("/");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const inlineScripts = await page.locator("script:not([src])").evaluateAll((scripts) =>
    scripts.map((script) => script.nonce),
  );
  expect(inlineScripts.length).toBeGreaterThan(0);
  for (const scriptNonce of inlineScripts) expect(scriptNonce).toBe(nonce);
  expect(response?.headers()["referrer-policy"]).toBe("same-origin");
});

test("healthz reports the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

for (const path of ["/", "/inloggen", "/activiteiten", "/hulp", "/afspraken", "/ik", "/bestaat-niet"]) {
  test(`the shell page ${path} passes an accessibility scan`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}

for (const path of ["/ik", "/onthaal", "/onthaal/registreren"]) {
  test(`the signed-in page ${path} passes an accessibility scan`, async ({ page, signIn }) => {
    await signIn("youssef@demo.warmebuurt.be");
    await page.goto(path);
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screens/shell${path.replaceAll("/", "-")}.png` });
  });
}

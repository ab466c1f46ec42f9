// Admins and mail that could not go out: the header tells them, /beheer/mails lists what was given up on (masked, no
// content) and sends it again, also without JavaScript (a plain form, post/redirect/get).
import type { PrismaClient } from "@prisma/client";
import { expect, expectAccessible, test } from "./fixtures";

async function failedAndStuckMail(db: PrismaClient) {
  const run = Date.now();
  const failed = await db.outboxMessage.create({
    data: {
      to: `vergeten-${run}@example.test`,
      kind: "activity-confirmed",
      subject: "Je bent ingeschreven",
      html: "<p>Geheime inhoud</p>",
      text: "Geheime inhoud",
      status: "failed",
      attempts: 80,
      failedAt: new Date(),
      lastError: "450 Mailbox unavailable, try again later",
    },
  });
  // Waiting for two hours, next try tomorrow: the mail server has been refusing it.
  const stuck = await db.outboxMessage.create({
    data: {
      to: `wacht-${run}@example.test`,
      kind: "activity-changed",
      subject: "Wacht",
      html: "",
      text: "",
      attempts: 9,
      queuedAt: new Date(run - 2 * 3_600_000),
      nextAttemptAt: new Date(run + 24 * 3_600_000),
    },
  });
  return {
    failed,
    stuck,
    cleanUp: () => db.outboxMessage.deleteMany({ where: { id: { in: [failed.id, stuck.id] } } }),
  };
}

test("admins are told mail is stuck and see failed mails without their content", async ({
  page,
  signIn,
  db,
}) => {
  const { failed, cleanUp } = await failedAndStuckMail(db);
  try {
    await signIn("beheer@demo.warmebuurt.be");
    await page.goto("/");
    await expect(page.getByText(/Mails blijven hangen sinds/)).toBeVisible();
    await page.getByRole("link", { name: "Bekijk de mails" }).click();
    await expect(page).toHaveURL(/\/beheer\/mails$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mails");

    const card = page.getByRole("listitem").filter({ hasText: "ve…@example.test" });
    await expect(card).toContainText("activity-confirmed");
    await expect(card).toContainText("450 Mailbox unavailable");
    await expect(card).toContainText("80");
    await expect(page.getByText(failed.to)).toHaveCount(0);
    await expect(page.getByText("Geheime inhoud")).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await cleanUp();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("send again is a plain form: the mail goes out and the page says so", async ({
    page,
    signIn,
    db,
    app,
  }) => {
    const { failed, cleanUp } = await failedAndStuckMail(db);
    try {
      await signIn("beheer@demo.warmebuurt.be");
      await page.goto("/beheer/mails");
      const card = page.getByRole("listitem").filter({ hasText: "ve…@example.test" });
      await card.getByRole("button", { name: "Opnieuw versturen" }).click();
      await expect(page).toHaveURL(/\/beheer\/mails\?opnieuw=ja$/);
      await expect(page.getByText("De mail vertrekt opnieuw.")).toBeVisible();
      await app.smtp.waitForMail(failed.to);
      await expect
        .poll(
          async () =>
            (await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id }, select: { status: true } }))
              .status,
        )
        .toBe("sent");
    } finally {
      await cleanUp();
    }
  });
});

test("the mail page and the notice are for admins only", async ({ page, signIn, db }) => {
  const { cleanUp } = await failedAndStuckMail(db);
  try {
    await signIn("sofie@demo.warmebuurt.be");
    await page.goto("/activiteiten");
    // Her signed-in page is on screen (the desk link is staff's), so "no notice" says something.
    await expect(page.getByRole("link", { name: "Onthaal" })).toBeVisible();
    await expect(page.getByText(/Mails blijven hangen|konden niet vertrekken/)).toHaveCount(0);
    const response = await page.goto("/beheer/mails");
    expect(response?.status()).toBe(403);
  } finally {
    await cleanUp();
  }
});

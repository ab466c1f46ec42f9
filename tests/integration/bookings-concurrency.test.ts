import { spawn } from "node:child_process";
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { makeBookable } from "#tests/fixtures/agreements";
import { residentActor } from "#tests/fixtures/actors";

const { prisma, prepareDatabase } = await import("~/utils/db.server");
const { createBooking } = await import("~/features/bookings/mutations.server");

async function setUp(people: number) {
  const { building } = await createPlace(prisma);
  const spaceId = building.spaces.find((s) => s.slug === "ontmoetingsruimte")?.id ?? "";
  await makeBookable(prisma, spaceId);
  const slug = (await prisma.building.findUniqueOrThrow({ where: { id: building.id }, select: { slug: true } })).slug;
  const residents = await Promise.all(
    Array.from({ length: people }, (_, i) => createUser(prisma, { residence: { buildingId: building.id, unit: `1.0${i}` } })),
  );
  const monday = DateTime.now().setZone("Europe/Brussels").startOf("week").plus({ weeks: 1 });
  const slot = { startsAt: monday.plus({ days: 2 }).set({ hour: 14 }).toJSDate(), endsAt: monday.plus({ days: 2 }).set({ hour: 17 }).toJSDate() };
  return { spaceId, slug, residents, slot };
}

describe("booking the same slot at the same moment", () => {
  test("many requests in one process: exactly one booking", async () => {
    await prepareDatabase(prisma);
    const { spaceId, slug, residents, slot } = await setUp(8);
    const results = await Promise.allSettled(
      residents.map((r, i) =>
        createBooking(
          residentActor(r.id),
          // Half ask for the exact slot, half for one that overlaps it by an hour.
          { buildingSlug: slug, spaceSlug: "ontmoetingsruimte", kind: "booking", purpose: "Feest", slot: i % 2 ? slot : { startsAt: new Date(slot.startsAt.getTime() + 2 * 3_600_000), endsAt: new Date(slot.endsAt.getTime() + 3_600_000) } },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "agreements:errors.overlap", status: 409 });
    expect(await prisma.booking.count({ where: { spaceId, status: "active" } })).toBe(1);
  });

  test("two app processes at once: exactly one booking", async () => {
    await prepareDatabase(prisma);
    const { spaceId, slug, residents, slot } = await setUp(3);
    // The processes load the app, then fire together on "go"; each keeps its transaction open for
    // 400 ms after its check, so without the lock all of them would pass the check.
    const children = residents.map((r) =>
      spawn("node", ["--import", "tsx", "tests/integration/book-slot.script.ts", r.id, slug, "ontmoetingsruimte", slot.startsAt.toISOString(), slot.endsAt.toISOString(), "400"], {
        env: { ...process.env, JOBS: "off" },
      }),
    );
    const outputs = children.map((child) => {
      let out = "";
      let err = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
      return {
        ready: new Promise<void>((resolve) => child.stdout.on("data", () => out.includes("ready") && resolve())),
        done: new Promise<string>((resolve) => child.on("exit", () => resolve(out.replace("ready", "").trim() || err))),
      };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const child of children) child.stdin.write("go\n");
    const answers = (await Promise.all(outputs.map((o) => o.done))).sort();
    expect(answers).toEqual(["booked", "conflict", "conflict"]);
    expect(await prisma.booking.count({ where: { spaceId, status: "active" } })).toBe(1);
  }, 60_000);
});

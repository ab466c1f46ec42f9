import { describe, expect, test } from "vitest";
import { formatMoment } from "~/components/ui/format";

describe("a moment in words", () => {
  test("on Brussels' clock, summer and winter, from a Date or a loader's string", () => {
    expect(formatMoment(new Date("2026-11-29T13:05:00Z"), "nl")).toBe("29 nov 2026, 14:05");
    expect(formatMoment("2026-07-01T12:00:00.000Z", "fr")).toBe("1 juil. 2026, 14:00");
  });
  test("the full date for a meeting to plan around", () => {
    expect(formatMoment("2026-11-29T13:05:00Z", "nl", "full")).toBe("zondag 29 november 2026 om 14:05");
  });
  test("a language we do not speak reads as Dutch", () => {
    expect(formatMoment("2026-11-29T13:05:00Z", "xx")).toBe(formatMoment("2026-11-29T13:05:00Z", "nl"));
  });
});

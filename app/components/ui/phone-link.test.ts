import { describe, expect, test } from "vitest";
import { telHref } from "~/components/ui/phone-link";

describe("phone numbers to tap", () => {
  test("keeps the digits and a leading plus", () => {
    expect(telHref("050 12 34 56")).toBe("tel:050123456");
    expect(telHref("+32 470/12.34.56")).toBe("tel:+32470123456");
    expect(telHref("0470-12-34-56")).toBe("tel:0470123456");
  });
  test("a plus elsewhere or too few digits is not a number to call", () => {
    expect(telHref("12+3")).toBe("tel:123");
    expect(telHref("--")).toBeNull();
  });
});

import { describe, expect, test } from "vitest";
import { generateCode, generateLinkToken, hashSecret, sameHash } from "./login-codes";

describe("sign-in codes", () => {
  test("are six digits, also when the number is small", () => {
    for (let i = 0; i < 500; i++) expect(generateCode()).toMatch(/^\d{6}$/);
  });

  test("link tokens are long and unguessable", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => generateLinkToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token.length).toBeGreaterThanOrEqual(43);
  });

  test("hashes depend on the secret and compare safely", () => {
    const a = hashSecret("123456", "secret-a");
    expect(a).not.toContain("123456");
    expect(sameHash(a, hashSecret("123456", "secret-a"))).toBe(true);
    expect(sameHash(a, hashSecret("123456", "secret-b"))).toBe(false);
    expect(sameHash(a, hashSecret("654321", "secret-a"))).toBe(false);
    expect(sameHash(a, "abc")).toBe(false);
  });
});

import { parseWithZod } from "@conform-to/zod";
import { describe, expect, test } from "vitest";
import { signInSchema, verifyCodeSchema } from "./schema";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("sign-in form", () => {
  test("normalises the email address", () => {
    const result = parseWithZod(form({ email: "  Jozef@Telenet.BE " }), { schema: signInSchema });
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.value.email).toBe("jozef@telenet.be");
  });

  test("answers with translation keys, never with English text", () => {
    const empty = parseWithZod(form({ email: "" }), { schema: signInSchema });
    expect(empty.reply().error?.email).toEqual(["common:form.required"]);
    const invalid = parseWithZod(form({ email: "jozef.at.telenet" }), { schema: signInSchema });
    expect(invalid.reply().error?.email).toEqual(["common:form.invalidEmail"]);
  });

  test("accepts a code typed with spaces", () => {
    const result = parseWithZod(form({ email: "a@b.be", code: "123 456" }), { schema: verifyCodeSchema });
    expect(result.status === "success" && result.value.code).toBe("123456");
    const short = parseWithZod(form({ email: "a@b.be", code: "12345" }), { schema: verifyCodeSchema });
    expect(short.reply().error?.code).toEqual(["auth:code.format"]);
  });
});

import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** 15 minutes: long enough to open the mail on a slow phone, short enough to limit guessing. */
export const CODE_TTL_MS = 15 * 60 * 1000;
/** Five wrong tries burn a code: 5 guesses in a million. */
export const MAX_CODE_TRIES = 5;
/** Per address: 5 codes per 15 minutes. Per IP: 30 per hour (a wijkhuis desk shares one IP). */
export const EMAIL_LIMIT = { limit: 5, windowMs: 15 * 60 * 1000 };
export const IP_LIMIT = { limit: 30, windowMs: 60 * 60 * 1000 };

export function generateCode() {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function generateLinkToken() {
  return randomBytes(32).toString("base64url");
}

/** Keyed hash: a leaked table alone does not give the 6-digit codes away. */
export function hashSecret(value: string, key: string) {
  return createHmac("sha256", key).update(value).digest("hex");
}

export function sameHash(a: string, b: string) {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

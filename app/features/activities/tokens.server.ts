// Secret links in emails. They are keyed hashes of the id, so nothing extra is stored and a
// reminder sent weeks later can carry the same link as the confirmation.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "~/utils/env.server";

function mac(purpose: string, value: string) {
  return createHmac("sha256", env.SESSION_SECRET).update(`${purpose}:${value}`).digest("base64url").slice(0, 32);
}

function same(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The cancel link of one sign-up: "<signUpId>.<mac>". */
export function cancelToken(signUpId: string) {
  return `${signUpId}.${mac("cancel", signUpId)}`;
}

export function readCancelToken(token: string) {
  const [id, given] = token.split(".");
  if (!id || !given || !same(given, mac("cancel", id))) return null;
  return id;
}

/** One-click unsubscribe for an address (with or without an account). */
export function unsubscribeToken(email: string) {
  const encoded = Buffer.from(email.toLowerCase()).toString("base64url");
  return `${encoded}.${mac("unsubscribe", email.toLowerCase())}`;
}

export function readUnsubscribeToken(token: string) {
  const [encoded, given] = token.split(".");
  if (!encoded || !given) return null;
  const email = Buffer.from(encoded, "base64url").toString("utf8");
  return same(given, mac("unsubscribe", email)) ? email : null;
}

/** The personal calendar feed token: random and stored, so a person can reset it. */
export function newCalendarToken() {
  return randomBytes(24).toString("base64url");
}

/**
 * Letters and digits nobody mixes up when reading a code aloud or off a phone: no 0/O, 1/I/L. 8 of these 31 are
 * about 40 bits: with at most 10 tries an hour per network address (cancelCodeTries), finding one of even 10,000
 * live codes would take one address thousands of years.
 */
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 8;

export const cancelCodeTries = { limit: 10, windowMs: 60 * 60 * 1000 };

/** A new cancel code for someone who signed up without an account, shown once as "K7P4-M9QX". */
export function newCancelCode() {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** What was typed, the way it was handed out: capitals, without spaces or dashes. Null when it cannot be a code. */
export function normaliseCancelCode(typed: string) {
  const code = typed.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** Only this keyed hash is stored: the database alone cannot tell anyone's code. */
export function hashCancelCode(code: string) {
  return mac("cancel-code", normaliseCancelCode(code) ?? code);
}

// Secret links in emails. They are keyed hashes of the id, so nothing extra is stored and a
// reminder sent weeks later can carry the same link as the confirmation.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
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

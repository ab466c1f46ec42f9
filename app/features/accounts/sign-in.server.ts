import { createElement } from "react";
import { SignInCodeEmail } from "#emails/sign-in-code";
import {
  CODE_TTL_MS,
  EMAIL_LIMIT,
  IP_LIMIT,
  MAX_CODE_TRIES,
  generateCode,
  generateLinkToken,
  hashSecret,
  sameHash,
} from "~/features/accounts/login-codes";
import { signInSchema } from "~/features/accounts/schema";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { serverCheckedForm } from "~/utils/form.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import type { Locale } from "~/utils/i18n";
import { consumeRateLimit, type RateLimit } from "~/utils/rate-limit.server";

export type RequestCodeResult = { ok: true } | { ok: false; retryAfterMinutes: number };

/**
 * Sends a 6-digit code and a magic link. Unknown addresses get one too (the account is made when
 * the code is used), so the form never tells whether someone has an account.
 */
export async function requestSignInCode({
  email,
  ip,
  locale,
  redirectTo,
}: {
  email: string;
  /** null when the address is not known (outside the HTTP server): then only the per-email limit applies. */
  ip: string | null;
  locale: Locale;
  redirectTo?: string;
}): Promise<RequestCodeResult> {
  const limits: [string, RateLimit][] = [[`signin:email:${email}`, EMAIL_LIMIT]];
  if (ip) limits.push([`signin:ip:${ip}`, IP_LIMIT]);
  for (const [key, limit] of limits) {
    const result = await consumeRateLimit(key, limit);
    if (!result.allowed) return { ok: false, retryAfterMinutes: Math.max(1, Math.ceil(result.retryAfterMs / 60_000)) };
  }

  const now = new Date();
  const code = generateCode();
  const token = generateLinkToken();
  const existing = await prisma.user.findFirst({ where: { email, deletedAt: null }, select: { locale: true } });
  const mailLocale = (existing?.locale as Locale | undefined) ?? locale;
  const t = getFixedT(mailLocale, "auth");
  const link = new URL(`/inloggen/link/${token}`, env.APP_URL);
  if (redirectTo) link.searchParams.set("redirectTo", redirectTo);

  await prisma.$transaction(async (tx) => {
    // Only the newest code and link work: one that leaked from an older mail is worth nothing.
    await tx.loginCode.updateMany({ where: { email, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.loginCode.create({
      data: {
        email,
        codeHash: hashSecret(code, env.SESSION_SECRET),
        linkTokenHash: hashSecret(token, env.SESSION_SECRET),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      },
    });
    await enqueueEmail(tx, {
      to: email,
      kind: "sign-in-code",
      subject: t("email.subject", { code }),
      body: createElement(SignInCodeEmail, { lang: mailLocale, code, link: link.toString(), t }),
    });
  });
  return { ok: true };
}

/** Returns the user id on success. A wrong code counts as a try; the fifth wrong try burns the code. */
export async function verifySignInCode({ email, code, locale }: { email: string; code: string; locale: Locale }) {
  const now = new Date();
  const latest = await prisma.loginCode.findFirst({
    where: { email, usedAt: null, expiresAt: { gt: now }, failedTries: { lt: MAX_CODE_TRIES } },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true },
  });
  if (!latest) return null;
  if (!sameHash(latest.codeHash, hashSecret(code, env.SESSION_SECRET))) {
    await prisma.loginCode.update({ where: { id: latest.id }, data: { failedTries: { increment: 1 } } });
    return null;
  }
  return redeemLoginCode(latest.id, email, locale);
}

export async function verifySignInLink({ token, locale }: { token: string; locale: Locale }) {
  const row = await prisma.loginCode.findFirst({
    where: { linkTokenHash: hashSecret(token, env.SESSION_SECRET), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true },
  });
  if (!row) return null;
  return redeemLoginCode(row.id, row.email, locale);
}

/** Single use, also when the code and the link are used at the same moment. */
async function redeemLoginCode(id: string, email: string, locale: Locale) {
  const claimed = await prisma.loginCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) return null;
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, deletedAt: true, locale: true } });
  if (existing) {
    return existing.deletedAt ? null : { userId: existing.id, locale: existing.locale, isNew: false };
  }
  const created = await prisma.user.create({
    data: { email, displayName: email.split("@")[0] ?? email, locale, roles: { create: { role: "resident" } } },
    select: { id: true },
  });
  return { userId: created.id, locale, isNew: true };
}

/** The sign-in page is the first a newcomer opens: its form is checked on the server only. */
export const signInForm = serverCheckedForm(signInSchema);

// What a person receives, their calendar feed token, and the one-click unsubscribe.
import { can } from "~/features/activities/permissions";
import type { SettingsAction } from "~/features/activities/schema";
import { newCalendarToken } from "~/features/activities/tokens.server";
import { prisma } from "~/utils/db.server";
import type { Actor } from "~/utils/actor";
import { noteActing } from "~/utils/acting.server";
import { forbidden } from "~/utils/app-error";

const settingsSelect = { confirmations: true, reminders: true, changes: true, digest: true, calendarToken: true } as const;

export function getOrCreateSettings(userId: string) {
  return prisma.activitySettings.upsert({ where: { userId }, create: { userId, calendarToken: newCalendarToken() }, update: {}, select: settingsSelect });
}

export async function updatePreferences(actor: Actor, prefs: { confirmations: boolean; reminders: boolean; changes: boolean; digest: boolean }) {
  const { id: userId, email } = actor.user;
  await prisma.$transaction(async (tx) => {
    await tx.activitySettings.upsert({ where: { userId }, create: { userId, calendarToken: newCalendarToken(), ...prefs }, update: prefs });
    // Choosing to receive something again lifts an earlier "unsubscribe from everything".
    if (email && (prefs.confirmations || prefs.reminders || prefs.changes || prefs.digest)) await tx.emailOptOut.deleteMany({ where: { email: email.toLowerCase() } });
    await noteActing(tx, actor, "settings.update");
  });
}

/** A new private calendar address: the old one stops working. Not while a buurtwerker acts for the person. */
export function resetCalendarToken(actor: Actor) {
  if (!can(actor, "resetCalendar")) throw forbidden();
  const userId = actor.user.id;
  const calendarToken = newCalendarToken();
  return prisma.activitySettings.upsert({ where: { userId }, create: { userId, calendarToken }, update: { calendarToken }, select: settingsSelect });
}

/** One entry point for the forms of /ik/meldingen (the route stays thin). */
export async function performSettingsAction(actor: Actor, action: SettingsAction) {
  if (action.intent === "resetCalendar") {
    await resetCalendarToken(actor);
  } else {
    const { confirmations, reminders, changes, digest } = action;
    await updatePreferences(actor, { confirmations, reminders, changes, digest });
  }
}

/** Stops every activity email to this address, with or without an account. */
export async function unsubscribeEverything(email: string) {
  const address = email.toLowerCase();
  await prisma.$transaction(async (tx) => {
    await tx.emailOptOut.upsert({ where: { email: address }, create: { email: address }, update: {} });
    const user = await tx.user.findFirst({ where: { email: address }, select: { id: true } });
    if (user) {
      const off = { confirmations: false, reminders: false, changes: false, digest: false };
      await tx.activitySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, calendarToken: newCalendarToken(), ...off }, update: off });
    }
  });
}

export async function isUnsubscribed(email: string) {
  return Boolean(await prisma.emailOptOut.findUnique({ where: { email: email.toLowerCase() }, select: { email: true } }));
}

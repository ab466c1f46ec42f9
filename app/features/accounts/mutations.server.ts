import type { Prisma } from "@prisma/client";
import { can } from "~/features/accounts/permissions";
import type { Actor } from "~/utils/actor";
import { noteActing } from "~/utils/acting.server";
import { prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";

/** `db` is the transaction of `runOnce` when the form can be replayed from the offline queue. */
export async function updateProfile(actor: Actor, data: { displayName: string; phone?: string; locale: Locale }, db: Prisma.TransactionClient = prisma) {
  await db.user.update({
    where: { id: actor.user.id },
    data: { displayName: data.displayName, phone: data.phone ?? null, locale: data.locale },
    select: { id: true },
  });
  await noteActing(db, actor, "profile.update");
}

export function setPreferredLocale(userId: string, locale: Locale) {
  return prisma.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

export class EmailTakenError extends Error {}

/** A buurtwerker registers a resident who has no email or smartphone, and stays recorded as the helper. */
export async function registerResident(
  actor: Actor,
  data: {
    displayName: string;
    phone?: string;
    email?: string;
    locale: Locale;
    buildingId?: string;
    unit?: string;
    address?: string;
    neighbourhoodId?: string;
  },
) {
  return prisma.$transaction(async (tx) => {
    if (data.email) {
      const taken = await tx.user.findFirst({ where: { email: data.email }, select: { id: true } });
      if (taken) throw new EmailTakenError();
    }
    const building = data.buildingId
      ? await tx.building.findUnique({ where: { id: data.buildingId }, select: { id: true, neighbourhoodId: true } })
      : null;
    const neighbourhoodId = building?.neighbourhoodId ?? data.neighbourhoodId ?? null;
    if (!can(actor, "register", { neighbourhoodIds: neighbourhoodId ? [neighbourhoodId] : [] })) throw new Response("Forbidden", { status: 403 });
    return tx.user.create({
      data: {
        displayName: data.displayName,
        phone: data.phone ?? null,
        email: data.email ?? null,
        locale: data.locale,
        address: data.address ?? null,
        neighbourhoodId,
        registeredById: actor.signedIn.id,
        roles: { create: { role: "resident" } },
        ...(building ? { residences: { create: { buildingId: building.id, unit: data.unit ?? "" } } } : {}),
      },
      select: { id: true, displayName: true },
    });
  });
}

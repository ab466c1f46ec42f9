import type { Prisma } from "@prisma/client";
import { prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";

/** `db` is the transaction of `runOnce` when the form can be replayed from the offline queue. */
export function updateProfile(
  userId: string,
  data: { displayName: string; phone?: string; locale: Locale },
  db: Prisma.TransactionClient = prisma,
) {
  return db.user.update({
    where: { id: userId },
    data: { displayName: data.displayName, phone: data.phone ?? null, locale: data.locale },
    select: { id: true },
  });
}

export function setPreferredLocale(userId: string, locale: Locale) {
  return prisma.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

export class EmailTakenError extends Error {}

/** A buurtwerker registers a resident who has no email or smartphone, and stays recorded as the helper. */
export async function registerResident(
  staffId: string,
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
    return tx.user.create({
      data: {
        displayName: data.displayName,
        phone: data.phone ?? null,
        email: data.email ?? null,
        locale: data.locale,
        address: data.address ?? null,
        neighbourhoodId: building?.neighbourhoodId ?? data.neighbourhoodId ?? null,
        registeredById: staffId,
        roles: { create: { role: "resident" } },
        ...(building ? { residences: { create: { buildingId: building.id, unit: data.unit ?? "" } } } : {}),
      },
      select: { id: true, displayName: true },
    });
  });
}

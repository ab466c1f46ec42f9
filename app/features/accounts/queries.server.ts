import { prisma } from "~/utils/db.server";

export function getProfile(userId: string) {
  return prisma.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      displayName: true,
      email: true,
      phone: true,
      locale: true,
      roles: { select: { role: true } },
      residences: {
        where: { movedOutAt: null },
        select: { unit: true, building: { select: { name: true, neighbourhood: { select: { name: true } } } } },
      },
    },
  });
}

/** The desk's resident search. 30 rows: a buurtwerker narrows down by typing, not by scrolling. */
export function searchResidents(query: string) {
  return prisma.user.findMany({
    where: {
      deletedAt: null,
      roles: { some: { role: "resident" } },
      ...(query ? { displayName: { contains: query } } : {}),
    },
    orderBy: { displayName: "asc" },
    take: 30,
    select: {
      id: true,
      displayName: true,
      email: true,
      phone: true,
      residences: { where: { movedOutAt: null }, select: { unit: true, building: { select: { name: true } } } },
      registeredBy: { select: { displayName: true } },
    },
  });
}

export function getResidentForStaff(residentId: string) {
  return prisma.user.findFirst({
    where: { id: residentId, deletedAt: null, roles: { some: { role: "resident" } } },
    select: { id: true, displayName: true },
  });
}

export function listPlaces() {
  return prisma.neighbourhood.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      buildings: { orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
}

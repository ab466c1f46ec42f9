// Writes about where people live. A resident (or a buurtwerker acting for them, on the record) chooses a
// neighbourhood at once (the weekly digest and the desk of that neighbourhood follow it) and asks for a building;
// the staff of that neighbourhood confirm the building, which opens what is only for its residents.
import { can } from "~/features/homes/permissions";
import type { HomeInput } from "~/features/homes/schema";
import { noteActing } from "~/utils/acting.server";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { AppError, forbidden, notFound } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";

export async function chooseHome(actor: Actor, input: HomeInput) {
  if (!can(actor, "chooseHome")) throw forbidden();
  const userId = actor.user.id;
  await prisma.$transaction(async (tx) => {
    const neighbourhood = await tx.neighbourhood.findUnique({ where: { id: input.neighbourhoodId }, select: { id: true, name: true } });
    if (!neighbourhood) throw new AppError("common:residence.pickNeighbourhood", { field: "neighbourhoodId" });
    const building = input.buildingId ? await tx.building.findUnique({ where: { id: input.buildingId }, select: { id: true, name: true, neighbourhoodId: true } }) : null;
    if (input.buildingId && building?.neighbourhoodId !== neighbourhood.id) throw new AppError("common:residence.buildingElsewhere", { field: "buildingId" });
    await tx.user.update({ where: { id: userId }, data: { neighbourhoodId: neighbourhood.id }, select: { id: true } });
    const livesThere = building ? await tx.residence.findFirst({ where: { userId, buildingId: building.id, movedOutAt: null }, select: { id: true } }) : null;
    if (!building || livesThere) {
      await tx.residenceRequest.deleteMany({ where: { userId } });
    } else {
      const request = { buildingId: building.id, unit: input.unit ?? "", status: "pending", decidedAt: null, createdAt: new Date() };
      await tx.residenceRequest.upsert({ where: { userId }, create: { userId, ...request }, update: request });
    }
    await noteActing(tx, actor, "home.choose", building ? `${building.name}, ${neighbourhood.name}` : neighbourhood.name);
  });
}

/** Confirms (a Residence, the request goes) or refuses (the person sees it on /ik) a home on the desk. */
export async function decideHome(actor: Actor, requestId: string, decision: "confirm" | "refuse", now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const request = await tx.residenceRequest.findFirst({
      where: { id: requestId, status: "pending", building: { neighbourhoodId: staffNeighbourhoods(actor) } },
      select: { id: true, userId: true, unit: true, building: { select: { id: true, neighbourhoodId: true } } },
    });
    if (!request) throw notFound();
    if (!can(actor, "confirmHome", request.building)) throw forbidden();
    if (decision === "refuse") {
      await tx.residenceRequest.update({ where: { id: request.id }, data: { status: "refused", decidedAt: now } });
      return;
    }
    const { userId, unit } = request;
    const buildingId = request.building.id;
    await tx.residence.upsert({
      where: { userId_buildingId: { userId, buildingId } },
      create: { userId, buildingId, unit, movedInAt: now },
      update: { unit, movedInAt: now, movedOutAt: null },
    });
    await tx.user.update({ where: { id: userId }, data: { neighbourhoodId: request.building.neighbourhoodId }, select: { id: true } });
    await tx.residenceRequest.delete({ where: { id: request.id } });
  });
}

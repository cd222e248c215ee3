// Test data for the secretary's self-service pages (/my/profile, /my/unit).
import { db } from "@/lib/core/db";
import { pngBytes } from "./images";

/** A mobile number nobody else in the test database has (19x numbers, like the main factories). */
export function freshMobile(): string {
  return `17${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
}

/** The version (updatedAt) a freshly rendered profile form would carry. */
export async function userVersion(userId: number): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { updatedAt: true } });
  return user.updatedAt.toISOString();
}

export async function unitVersion(unitId: number): Promise<string> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { updatedAt: true } });
  return unit.updatedAt.toISOString();
}

/** The unit a secretary acts for. */
export async function unitIdOf(userId: number): Promise<number | null> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { unitId: true } })).unitId;
}

/** Gives a unit a logo directly (no action, no audit), e.g. before testing its removal. */
export async function giveUnitLogo(unitId: number, data: Uint8Array = pngBytes(4, 4)) {
  const bytes = new Uint8Array(data);
  return db.unitLogo.upsert({
    where: { unitId },
    create: { unitId, contentType: "image/png", data: bytes },
    update: { contentType: "image/png", data: bytes },
  });
}

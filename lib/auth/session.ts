import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: number;
  name: string;
  role: Role;
  unitId: number | null;
  /** An admin reset the password: nothing but choosing a new one is allowed until then. */
  mustChangePassword: boolean;
};

/**
 * The signed-in user as the database knows them now, or null. A deactivated account or a
 * secretary whose unit is not active counts as signed out, even with a valid session cookie.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      role: true,
      unitId: true,
      active: true,
      mustChangePassword: true,
      unit: { select: { status: true } },
    },
  });
  if (!user || !user.active) return null;
  if (user.role === "SECRETARY" && user.unit?.status !== "ACTIVE") return null;
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    mustChangePassword: user.mustChangePassword,
  };
});

export const forcedPasswordPath = "/account/password";

/**
 * For pages: sends anonymous visitors to sign in, and users whose password was reset to choose
 * a new one first; returns the user.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && returnTo !== forcedPasswordPath) {
    redirect(`${forcedPasswordPath}?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return user;
}

/** For pages: a signed-in secretary with their unit, else sign-in or 403. */
export async function requireSecretary(returnTo: string): Promise<CurrentUser & { unitId: number }> {
  const user = await requireUser(returnTo);
  if (user.role !== "SECRETARY" || user.unitId === null) forbidden();
  return { ...user, unitId: user.unitId };
}

/** For pages: a signed-in admin, else sign-in or 403. */
export async function requireAdmin(returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}

import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLikePattern } from "@/lib/core/database/like-pattern";
import { usersPageSize, type UserListFilter } from "./list-params";

function whereFor(filter: UserListFilter): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (filter.role) where.role = filter.role;
  if (filter.unitId) where.unitId = filter.unitId;
  if (filter.active !== undefined) where.active = filter.active;
  if (filter.q) {
    const text = escapeLikePattern(filter.q);
    const digits = filter.q.replace(/[\s-]/g, "");
    where.OR = [
      { name: { contains: text, mode: "insensitive" } },
      { login: { contains: escapeLikePattern(filter.q.toLowerCase()) } },
      ...(/^\d+$/.test(digits) ? [{ mobile: { contains: digits } }] : []),
    ];
  }
  return where;
}

/** One page of accounts: admins first, then secretaries by unit, primary before deputy. */
export async function listUsers(filter: UserListFilter) {
  const where = whereFor(filter);
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [
        { role: "asc" },
        { unit: { name: "asc" } },
        { unitRole: "asc" },
        { active: "desc" },
        { id: "asc" },
      ],
      skip: (filter.page - 1) * usersPageSize,
      take: usersPageSize,
      select: {
        id: true,
        login: true,
        name: true,
        mobile: true,
        role: true,
        unitRole: true,
        active: true,
        mustChangePassword: true,
        lastLoginAt: true,
        unit: { select: { id: true, shortName: true, status: true } },
      },
    }),
  ]);
  return { total, users, pages: Math.max(1, Math.ceil(total / usersPageSize)) };
}
export type UserListRow = Awaited<ReturnType<typeof listUsers>>["users"][number];

/** Units for the filter and the add form, by name; withdrawn ones are marked by status. */
export function listUnitOptions() {
  return db.unit.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, status: true },
  });
}
export type UnitOption = Awaited<ReturnType<typeof listUnitOptions>>[number];

/**
 * One account for its detail page, with what its buttons depend on: how many admins are
 * active (the last cannot be deactivated) and who holds an inactive secretary's role now.
 */
export async function getUserDetail(id: number) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      login: true,
      name: true,
      mobile: true,
      email: true,
      role: true,
      unitRole: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      unit: { select: { id: true, name: true, slug: true, status: true } },
    },
  });
  if (!user) return null;
  const [activeAdmins, roleHolder] = await Promise.all([
    user.role === "ADMIN" ? db.user.count({ where: { role: "ADMIN", active: true } }) : 0,
    !user.active && user.unit && user.unitRole
      ? db.user.findFirst({
          where: { unitId: user.unit.id, unitRole: user.unitRole, active: true },
          select: { id: true, name: true },
        })
      : null,
  ]);
  return { ...user, activeAdmins, roleHolder };
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

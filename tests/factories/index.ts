// Test data with unique names, so test files and tests can run in parallel on shared tables.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const factoryPassword = "Factory#Pass1";
// Low cost on purpose: tests hash many passwords; production uses cost 10+.
const passwordHash = bcrypt.hashSync(factoryPassword, 4);

let counter = 0;
export function uniqueSuffix(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter}${randomBytes(2).toString("hex")}`;
}

function uniqueMobile(): string {
  return `19${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
}

export async function createUnit(overrides: Partial<Prisma.UnitUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.unit.create({
    data: {
      name: `测试单位${suffix}`,
      shortName: `测试${suffix.slice(-4)}`,
      slug: `test-unit-${suffix}`,
      category: "STATE_ENTERPRISE",
      orgType: "COMMITTEE",
      joinedOn: new Date("2023-02-21"),
      ...overrides,
    },
  });
}

export async function createSecretary(
  unitId: number,
  overrides: Partial<Prisma.UserUncheckedCreateInput> = {},
) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      login: `sec-${suffix}`,
      mobile: uniqueMobile(),
      name: `书记${suffix.slice(-4)}`,
      passwordHash,
      role: "SECRETARY",
      unitRole: "PRIMARY",
      activatedAt: new Date(),
      unitId,
      ...overrides,
    },
  });
}

export async function createAdmin(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      login: `admin-${suffix}`,
      name: `管理员${suffix.slice(-4)}`,
      passwordHash,
      role: "ADMIN",
      ...overrides,
    },
  });
}

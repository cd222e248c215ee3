// Form input for the account admin tests: unique logins and mobiles, so files run in parallel.
import { db } from "@/lib/core/db";
import { uniqueSuffix } from "./index";

function uniqueMobile(): string {
  return `18${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
}

/** Login, name, mobile and email of a new person, as the add and replace forms send them. */
export function newPerson(overrides: Record<string, string> = {}) {
  const suffix = uniqueSuffix();
  return {
    login: `person-${suffix}`,
    name: `新书记${suffix.slice(-4)}`,
    mobile: uniqueMobile(),
    email: `person-${suffix}@example.org`,
    ...overrides,
  };
}

/** Deactivates every admin except these, so "the last active admin" is a known state. */
export async function keepOnlyAdmins(...ids: number[]) {
  await db.user.updateMany({ where: { role: "ADMIN", id: { notIn: ids } }, data: { active: false } });
  await db.user.updateMany({ where: { id: { in: ids } }, data: { active: true } });
}

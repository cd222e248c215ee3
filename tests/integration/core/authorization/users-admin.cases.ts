import { db } from "@/lib/core/db";
import {
  addAdmin,
  addSecretary,
  deactivateUser,
  editUser,
  reactivateUser,
  replaceSecretary,
  resetPassword,
} from "@/lib/units/accounts/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { newPerson } from "@/tests/factories/users-admin";
import { formData } from "@/tests/integration/helpers/session";
import { type AuthorizationCase, adminOnly } from "./roles";

// Account management is for admins only. Every call gets its own fresh unit and accounts, so
// an allowed call never changes what the next role's call finds.
async function freshSecretary(overrides: { active?: boolean } = {}) {
  return createSecretary((await createUnit()).id, overrides);
}

export const cases: AuthorizationCase[] = [
  {
    name: "addSecretary",
    action: addSecretary,
    input: async () => formData({ unitId: (await createUnit()).id, unitRole: "PRIMARY", ...newPerson() }),
    expected: adminOnly,
  },
  {
    name: "addAdmin",
    action: addAdmin,
    input: () => formData(newPerson()),
    expected: adminOnly,
  },
  {
    name: "replaceSecretary",
    action: replaceSecretary,
    input: async () => formData({ userId: (await freshSecretary()).id, ...newPerson() }),
    expected: adminOnly,
  },
  {
    name: "editUser",
    action: editUser,
    input: async () => {
      const user = await freshSecretary();
      const { updatedAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      return formData({
        userId: user.id,
        version: updatedAt.toISOString(),
        name: "改名",
        mobile: user.mobile!,
      });
    },
    expected: adminOnly,
  },
  {
    name: "resetPassword",
    action: resetPassword,
    input: async () => formData({ userId: (await freshSecretary()).id }),
    expected: adminOnly,
  },
  {
    name: "deactivateUser",
    action: deactivateUser,
    input: async () => formData({ userId: (await freshSecretary()).id }),
    expected: adminOnly,
  },
  {
    name: "reactivateUser",
    action: reactivateUser,
    input: async () => formData({ userId: (await freshSecretary({ active: false })).id }),
    expected: adminOnly,
  },
];

import { describe, expect, it } from "vitest";
import { can, type Actor, type Permission } from "./policy";

const admin: Actor = { id: 1, role: "ADMIN", unitId: null };
const secretaryA: Actor = { id: 2, role: "SECRETARY", unitId: 10 };
const secretaryB: Actor = { id: 3, role: "SECRETARY", unitId: 20 };

const table: Array<[string, Actor, Permission, boolean]> = [
  ["anonymous cannot open admin", null, { action: "admin.access" }, false],
  ["secretary cannot open admin", secretaryA, { action: "admin.access" }, false],
  ["admin opens admin", admin, { action: "admin.access" }, true],
  ["anonymous cannot read a unit's private data", null, { action: "unit.readPrivate", unitId: 10 }, false],
  ["secretary reads own unit", secretaryA, { action: "unit.readPrivate", unitId: 10 }, true],
  ["secretary cannot read another unit", secretaryB, { action: "unit.readPrivate", unitId: 10 }, false],
  ["secretary updates own unit", secretaryA, { action: "unit.update", unitId: 10 }, true],
  ["secretary cannot update another unit", secretaryA, { action: "unit.update", unitId: 20 }, false],
  ["admin updates any unit", admin, { action: "unit.update", unitId: 20 }, true],
  ["admin reviews applications", admin, { action: "membership.review" }, true],
  ["secretary cannot review applications", secretaryA, { action: "membership.review" }, false],
  ["secretary cannot manage units", secretaryA, { action: "units.manage" }, false],
  ["secretary cannot manage users", secretaryB, { action: "users.manage" }, false],
  ["secretary cannot read the audit log", secretaryA, { action: "audit.read" }, false],
  ["admin reads the audit log", admin, { action: "audit.read" }, true],
  ["a user updates their own account", secretaryA, { action: "account.updateSelf", userId: 2 }, true],
  [
    "a user cannot update someone else's account",
    secretaryA,
    { action: "account.updateSelf", userId: 3 },
    false,
  ],
  [
    "an admin changes others' accounts only through users.manage",
    admin,
    { action: "account.updateSelf", userId: 2 },
    false,
  ],
];

describe("authorisation policy", () => {
  it.each(table)("%s", (_name, actor, permission, expected) => {
    expect(can(actor, permission)).toBe(expected);
  });
});

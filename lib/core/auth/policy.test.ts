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
  ["only admins manage meetings", secretaryA, { action: "meetings.manage" }, false],
  ["admin manages meetings", admin, { action: "meetings.manage" }, true],
  ["anonymous cannot view members-only meetings", null, { action: "meeting.view" }, false],
  ["a secretary answers for their own unit", secretaryA, { action: "meeting.respond", unitId: 10 }, true],
  [
    "a secretary cannot answer for another unit",
    secretaryB,
    { action: "meeting.respond", unitId: 10 },
    false,
  ],
  ["an admin does not answer invitations", admin, { action: "meeting.respond", unitId: 10 }, false],
  ["the host unit's secretary writes minutes", secretaryA, { action: "minutes.write", hostUnitId: 10 }, true],
  ["another secretary cannot write minutes", secretaryB, { action: "minutes.write", hostUnitId: 10 }, false],
  [
    "no secretary writes minutes of a meeting without host",
    secretaryA,
    { action: "minutes.write", hostUnitId: null },
    false,
  ],
  ["admin writes any minutes", admin, { action: "minutes.write", hostUnitId: null }, true],
  ["the owner unit updates its decision", secretaryB, { action: "decision.update", ownerUnitId: 20 }, true],
  [
    "another unit cannot update a decision",
    secretaryA,
    { action: "decision.update", ownerUnitId: 20 },
    false,
  ],
];

describe("authorisation policy", () => {
  it.each(table)("%s", (_name, actor, permission, expected) => {
    expect(can(actor, permission)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import {
  actingUnitOf,
  admitActor,
  can,
  isAdmin,
  isSecretary,
  runsActivity,
  unitAllowsSignIn,
  type Actor,
  type Gate,
  type Permission,
} from "./policy";

const admin: Actor = { id: 1, role: "ADMIN", unitId: null };
const secretaryA: Actor = { id: 2, role: "SECRETARY", unitId: 10 };
const secretaryB: Actor = { id: 3, role: "SECRETARY", unitId: 20 };
/** Cannot exist in the database (a check constraint), but the types allow it: it acts for nobody. */
const secretaryWithoutUnit: Actor = { id: 4, role: "SECRETARY", unitId: null };

const table: Array<[string, Actor | null, Permission, boolean]> = [
  ["anonymous cannot open admin", null, "admin.access", false],
  ["secretary cannot open admin", secretaryA, "admin.access", false],
  ["admin opens admin", admin, "admin.access", true],
  ["anonymous cannot read a unit's commitments", null, { action: "commitment.view", unitId: 10 }, false],
  ["secretary reads own unit's commitments", secretaryA, { action: "commitment.view", unitId: 10 }, true],
  [
    "secretary cannot read another unit's commitments",
    secretaryB,
    { action: "commitment.view", unitId: 10 },
    false,
  ],
  ["admin reads any unit's commitments", admin, { action: "commitment.view", unitId: 20 }, true],
  ["secretary updates own unit's profile", secretaryA, "unit.updateProfile", true],
  ["admin does not edit a unit's profile in /my", admin, "unit.updateProfile", false],
  ["secretary manages own unit's venue", secretaryA, { action: "venue.manage", unitId: 10 }, true],
  ["secretary cannot manage another unit's venue", secretaryA, { action: "venue.manage", unitId: 20 }, false],
  ["admin manages any venue", admin, { action: "venue.manage", unitId: 20 }, true],
  ["admin updates any unit", admin, "units.manage", true],
  ["admin reviews applications", admin, "membership.review", true],
  ["secretary cannot review applications", secretaryA, "membership.review", false],
  ["secretary cannot manage units", secretaryA, "units.manage", false],
  ["secretary cannot manage users", secretaryB, "users.manage", false],
  ["secretary cannot read the audit log", secretaryA, "audit.read", false],
  ["admin reads the audit log", admin, "audit.read", true],
  ["a secretary is signed in", secretaryA, "signedIn", true],
  ["an admin is signed in", admin, "signedIn", true],
  ["anonymous is not signed in", null, "signedIn", false],
  ["only admins manage meetings", secretaryA, "meetings.manage", false],
  ["admin manages meetings", admin, "meetings.manage", true],
  ["anonymous cannot view members-only meetings", null, "meeting.view", false],
  ["a secretary views members-only meetings", secretaryB, "meeting.view", true],
  ["a secretary answers for their own unit", secretaryA, "meeting.respond", true],
  ["an admin does not answer invitations", admin, "meeting.respond", false],
  ["a secretary books for their own unit", secretaryA, { action: "booking.create", unitId: 10 }, true],
  ["a secretary cannot book for another unit", secretaryB, { action: "booking.create", unitId: 10 }, false],
  ["an admin does not book", admin, { action: "booking.create", unitId: 10 }, false],
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
  ["the lead unit cancels its activity", secretaryA, { action: "activity.cancel", leadUnitId: 10 }, true],
  ["another unit cannot cancel it", secretaryB, { action: "activity.cancel", leadUnitId: 10 }, false],
  ["an admin cancels any activity", admin, { action: "activity.cancel", leadUnitId: 10 }, true],
  [
    "a secretary without a unit owns nothing",
    secretaryWithoutUnit,
    { action: "activity.cancel", leadUnitId: null },
    false,
  ],
];

describe("authorisation policy", () => {
  it.each(table)("%s", (_name, actor, permission, expected) => {
    expect(can(actor, permission)).toBe(expected);
  });
});

/** Permissions by who they admit before any record is read. */
const adminOnly: Gate[] = [
  "admin.access",
  "membership.review",
  "units.manage",
  "users.manage",
  "audit.read",
  "plan.manage",
  "report.review",
  "commitment.review",
  "meetings.manage",
  "rotation.manage",
];
const secretaryOnly: Gate[] = [
  "workspace.open",
  "inbox.read",
  "profile.update",
  "unit.updateProfile",
  "activity.claim",
  "activity.lead",
  "activity.join",
  "activity.schedule",
  "report.write",
  "checkin.record",
  "commitment.record",
  "meeting.respond",
  "rotation.setPreferences",
  "rotation.swap",
  "booking.create",
];
const adminOrSecretary: Gate[] = [
  "venue.manage",
  "booking.decide",
  "booking.cancel",
  "activity.cancel",
  "minutes.write",
  "decision.update",
];

describe("permissions asked by name", () => {
  it.each(adminOnly)("%s: admins only", (permission) => {
    expect([can(admin, permission), can(secretaryA, permission), can(null, permission)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it.each(secretaryOnly)("%s: secretaries with their unit only", (permission) => {
    expect([
      can(secretaryA, permission),
      can(admin, permission),
      can(secretaryWithoutUnit, permission),
      can(null, permission),
    ]).toEqual([true, false, false, false]);
  });

  it.each(adminOrSecretary)("%s: admins and secretaries with their unit", (permission) => {
    expect([
      can(admin, permission),
      can(secretaryB, permission),
      can(secretaryWithoutUnit, permission),
      can(null, permission),
    ]).toEqual([true, true, false, false]);
  });
});

describe("admitActor", () => {
  it("hands an admitted secretary on with their unit", () => {
    const admission = admitActor(secretaryA, "report.write");
    expect(admission).toEqual({ ok: true, actor: secretaryA });
    if (admission.ok) expect(admission.actor.unitId).toBe(10);
  });

  it("refuses an admin a secretary's permission, and a secretary an admin's", () => {
    expect(admitActor(admin, "activity.claim")).toEqual({ ok: false, key: "core.errors.forbidden" });
    expect(admitActor(secretaryA, "report.review")).toEqual({ ok: false, key: "core.errors.forbidden" });
  });

  it("tells a secretary without a unit so, instead of pretending some unit", () => {
    expect(admitActor(secretaryWithoutUnit, "commitment.record")).toEqual({
      ok: false,
      key: "core.errors.noUnit",
    });
    expect(admitActor(secretaryWithoutUnit, "venue.manage")).toEqual({
      ok: false,
      key: "core.errors.noUnit",
    });
  });

  it("admits anyone signed in where that is the rule", () => {
    expect(admitActor(secretaryWithoutUnit, "signedIn")).toEqual({ ok: true, actor: secretaryWithoutUnit });
    expect(admitActor(admin, "meeting.view")).toEqual({ ok: true, actor: admin });
  });
});

describe("who someone is", () => {
  it("knows admins and secretaries (with their unit)", () => {
    expect([isAdmin(admin), isAdmin(secretaryA), isAdmin(null)]).toEqual([true, false, false]);
    expect([isSecretary(secretaryA), isSecretary(secretaryWithoutUnit), isSecretary(admin)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("acts for a secretary's own unit only", () => {
    expect([actingUnitOf(secretaryB), actingUnitOf(admin), actingUnitOf(null)]).toEqual([20, null, null]);
  });

  it("lets a secretary hold a session only while their unit is active", () => {
    expect(unitAllowsSignIn({ role: "ADMIN", unit: null })).toBe(true);
    expect(unitAllowsSignIn({ role: "SECRETARY", unit: { status: "ACTIVE" } })).toBe(true);
    expect(unitAllowsSignIn({ role: "SECRETARY", unit: { status: "SUSPENDED" } })).toBe(false);
    expect(unitAllowsSignIn({ role: "SECRETARY", unit: null })).toBe(false);
  });
});

describe("runsActivity", () => {
  it("lets only the lead unit run and report an activity", () => {
    expect(runsActivity(7, 7)).toBe(true);
    expect(runsActivity(8, 7)).toBe(false);
  });

  it("refuses when nobody leads the activity or the actor acts for no unit", () => {
    expect(runsActivity(7, null)).toBe(false);
    expect(runsActivity(null, null)).toBe(false);
  });
});

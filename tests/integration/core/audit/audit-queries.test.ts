import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { auditPageSize, parseAuditFilters } from "@/lib/core/audit/filters";
import { getAuditFilterOptions, iterateAuditEntries, listAuditEntries } from "@/lib/core/audit/queries";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";

// Entries are written directly with chosen times; each test filters by its own actor or unit,
// so the file's other entries never get in the way.

type Seed = { actorId: number | null; action: string; unitId?: number; at: string; after?: unknown };

async function seed(entries: Seed[]) {
  for (const entry of entries) {
    await db.auditLog.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        entity: entry.action.split(".")[0] ?? entry.action,
        entityId: "1",
        unitId: entry.unitId ?? null,
        after: entry.after === undefined ? undefined : (entry.after as object),
        createdAt: new Date(entry.at),
      },
    });
  }
}

let admin: { id: number; name: string; login: string };
let unit: { id: number; name: string };
let secretary: { id: number };

beforeAll(async () => {
  admin = await createAdmin();
  unit = await createUnit();
  secretary = await createSecretary(unit.id);
  await seed([
    { actorId: admin.id, action: "unit.suspend", unitId: unit.id, at: "2026-02-28T15:59:59Z" }, // 02-28 23:59:59
    { actorId: admin.id, action: "unit.reinstate", unitId: unit.id, at: "2026-02-28T16:00:00Z" }, // 03-01 00:00
    { actorId: admin.id, action: "unitsAdmin.import", at: "2026-03-01T15:59:59Z" }, // 03-01 23:59:59
    { actorId: admin.id, action: "application.approve", unitId: unit.id, at: "2026-03-01T16:00:00Z" }, // 03-02
    { actorId: secretary.id, action: "unit.updateProfile", unitId: unit.id, at: "2026-03-05T00:00:00Z" },
  ]);
});

describe("listAuditEntries", () => {
  it("filters by actor and lists newest first, with the actor and unit names", async () => {
    const { total, entries } = await listAuditEntries(parseAuditFilters({ actor: String(admin.id) }));
    expect(total).toBe(4);
    expect(entries.map((entry) => entry.action)).toEqual([
      "application.approve",
      "unitsAdmin.import",
      "unit.reinstate",
      "unit.suspend",
    ]);
    expect(entries[0]?.actor).toEqual({ id: admin.id, name: admin.name, login: admin.login });
    expect(entries[0]?.unitName).toBe(unit.name);
    expect(entries[1]?.unitName).toBeNull();
  });

  it("matches an action prefix ending in a dot, or one exact action", async () => {
    const prefix = await listAuditEntries(parseAuditFilters({ actor: String(admin.id), action: "unit." }));
    expect(prefix.entries.map((entry) => entry.action).sort()).toEqual(["unit.reinstate", "unit.suspend"]);
    const exact = await listAuditEntries(
      parseAuditFilters({ action: "unit.suspend", unit: String(unit.id) }),
    );
    expect(exact.entries.map((entry) => entry.action)).toEqual(["unit.suspend"]);
  });

  it("filters by unit", async () => {
    const { entries } = await listAuditEntries(parseAuditFilters({ unit: String(unit.id) }));
    expect(entries).toHaveLength(4);
    expect(entries.every((entry) => entry.unitId === unit.id)).toBe(true);
  });

  it("reads the date range as whole days in Beijing time", async () => {
    const march1 = await listAuditEntries(
      parseAuditFilters({ actor: String(admin.id), from: "2026-03-01", to: "2026-03-01" }),
    );
    expect(march1.entries.map((entry) => entry.action)).toEqual(["unitsAdmin.import", "unit.reinstate"]);
    const fromMarch2 = await listAuditEntries(
      parseAuditFilters({ unit: String(unit.id), from: "2026-03-02" }),
    );
    expect(fromMarch2.entries.map((entry) => entry.action)).toEqual([
      "unit.updateProfile",
      "application.approve",
    ]);
    const untilFeb28 = await listAuditEntries(parseAuditFilters({ unit: String(unit.id), to: "2026-02-28" }));
    expect(untilFeb28.entries.map((entry) => entry.action)).toEqual(["unit.suspend"]);
  });

  it("pages through many entries without gaps or repeats", async () => {
    const busy = await createAdmin();
    const count = auditPageSize + 5;
    await db.auditLog.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        actorId: busy.id,
        action: "unit.update",
        entity: "Unit",
        entityId: String(i),
        // Several entries share a time, as entries of one transaction do.
        createdAt: new Date(Date.UTC(2026, 5, 1, 0, 0, Math.floor(i / 3))),
      })),
    });
    const first = await listAuditEntries(parseAuditFilters({ actor: String(busy.id) }));
    const second = await listAuditEntries(parseAuditFilters({ actor: String(busy.id), page: "2" }));
    expect(first).toMatchObject({ total: count, pageCount: 2 });
    expect(first.entries).toHaveLength(auditPageSize);
    expect(second.entries).toHaveLength(5);
    const ids = [...first.entries, ...second.entries].map((entry) => entry.entityId);
    expect(new Set(ids).size).toBe(count);
    expect(second.entries.at(-1)?.entityId).toBe("0");

    const streamed: string[] = [];
    for await (const row of iterateAuditEntries(parseAuditFilters({ actor: String(busy.id) }), 7)) {
      streamed.push(row.entityId);
    }
    expect(streamed).toEqual(ids);
  });
});

describe("getAuditFilterOptions", () => {
  it("offers the people, the units and the actions that occur in the log", async () => {
    const options = await getAuditFilterOptions();
    expect(options.users.map((user) => user.id)).toEqual(expect.arrayContaining([admin.id, secretary.id]));
    expect(options.units.map((option) => option.id)).toContain(unit.id);
    expect(options.actions).toEqual(
      expect.arrayContaining(["unit.suspend", "unit.updateProfile", "application.approve"]),
    );
  });
});

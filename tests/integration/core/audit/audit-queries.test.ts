import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { auditPageSize, parseAuditFilters } from "@/lib/core/audit/filters";
import type { Translate } from "@/lib/core/audit/labels";
import {
  getAuditFilterOptions,
  iterateAuditEntries,
  listAuditEntries,
  readAuditPage,
} from "@/lib/core/audit/queries";
import { loadMessages } from "@/lib/core/i18n/messages";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";

// Entries are written directly with chosen times; each test filters by its own actor, unit or
// record, so the file's other entries never get in the way. Every filter is read by the page
// and the CSV export alike (auditWhere); export-route.test.ts checks the export applies them.

type Seed = {
  actorId: number | null;
  action: string;
  entity?: string;
  entityId?: string;
  unitId?: number;
  at: string;
  before?: unknown;
  after?: unknown;
};

async function seed(entries: Seed[]) {
  for (const entry of entries) {
    await db.auditLog.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        entity: entry.entity ?? "Unit",
        entityId: entry.entityId ?? "1",
        unitId: entry.unitId ?? null,
        before: entry.before === undefined ? undefined : (entry.before as object),
        after: entry.after === undefined ? undefined : (entry.after as object),
        createdAt: new Date(entry.at),
      },
    });
  }
}

const actions = (rows: Array<{ action: string }>) => rows.map((row) => row.action);

let t: { zh: Translate; en: Translate };
let admin: { id: number; name: string; login: string };
let unit: { id: number; name: string };
let secretary: { id: number };

beforeAll(async () => {
  const translator = async (locale: "zh-CN" | "en") =>
    createTranslator({
      locale,
      messages: await loadMessages(locale),
      timeZone: "Asia/Shanghai",
    }) as unknown as Translate;
  t = { zh: await translator("zh-CN"), en: await translator("en") };
  admin = await createAdmin();
  unit = await createUnit();
  secretary = await createSecretary(unit.id);
  const id = String(unit.id);
  await seed([
    // 02-28 23:59:59 Beijing
    { actorId: admin.id, action: "unit.suspend", entityId: id, unitId: unit.id, at: "2026-02-28T15:59:59Z" },
    // 03-01 00:00 Beijing
    {
      actorId: admin.id,
      action: "unit.reactivate",
      entityId: id,
      unitId: unit.id,
      at: "2026-02-28T16:00:00Z",
    },
    // 03-01 23:59:59 Beijing
    { actorId: admin.id, action: "unit.import", entityId: "0", at: "2026-03-01T15:59:59Z" },
    // 03-02 Beijing
    {
      actorId: admin.id,
      action: "application.approve",
      entity: "MembershipApplication",
      entityId: "77",
      unitId: unit.id,
      at: "2026-03-01T16:00:00Z",
    },
    {
      actorId: secretary.id,
      action: "unit.updateProfile",
      entityId: id,
      unitId: unit.id,
      at: "2026-03-05T00:00:00Z",
      before: { category: "NEW_ORGANISATION", intro: "旧简介", contactPhonePublic: false },
      after: { category: "EMERGING_SECTOR", intro: "新简介", contactPhonePublic: true },
    },
  ]);
});

describe("listAuditEntries filters", () => {
  it("filters by person (who acted) and lists newest first", async () => {
    const { total, rows } = await listAuditEntries(parseAuditFilters({ actor: String(admin.id) }));
    expect(total).toBe(4);
    expect(actions(rows)).toEqual(["application.approve", "unit.import", "unit.reactivate", "unit.suspend"]);
    expect(rows[0]?.actor).toEqual({ id: admin.id, name: admin.name, login: admin.login });
  });

  it("filters by unit", async () => {
    const { rows } = await listAuditEntries(parseAuditFilters({ unit: String(unit.id) }));
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.unitId === unit.id)).toBe(true);
  });

  it("matches an action prefix ending in a dot, or one exact action", async () => {
    const prefix = await listAuditEntries(parseAuditFilters({ actor: String(admin.id), action: "unit." }));
    expect(actions(prefix.rows).sort()).toEqual(["unit.import", "unit.reactivate", "unit.suspend"]);
    const exact = await listAuditEntries(
      parseAuditFilters({ action: "unit.suspend", unit: String(unit.id) }),
    );
    expect(actions(exact.rows)).toEqual(["unit.suspend"]);
  });

  it("filters by kind of record, and by one record of that kind", async () => {
    const applications = await listAuditEntries(
      parseAuditFilters({ actor: String(admin.id), kind: "MembershipApplication" }),
    );
    expect(actions(applications.rows)).toEqual(["application.approve"]);
    const units = await listAuditEntries(parseAuditFilters({ actor: String(admin.id), kind: "Unit" }));
    expect(actions(units.rows)).toEqual(["unit.import", "unit.reactivate", "unit.suspend"]);
    const history = await listAuditEntries(parseAuditFilters({ kind: "Unit", record: String(unit.id) }));
    expect(actions(history.rows)).toEqual(["unit.updateProfile", "unit.reactivate", "unit.suspend"]);
  });

  it("reads the period as whole days in Beijing time", async () => {
    const march1 = await listAuditEntries(
      parseAuditFilters({ actor: String(admin.id), from: "2026-03-01", to: "2026-03-01" }),
    );
    expect(actions(march1.rows)).toEqual(["unit.import", "unit.reactivate"]);
    const fromMarch2 = await listAuditEntries(
      parseAuditFilters({ unit: String(unit.id), from: "2026-03-02" }),
    );
    expect(actions(fromMarch2.rows)).toEqual(["unit.updateProfile", "application.approve"]);
    const untilFeb28 = await listAuditEntries(parseAuditFilters({ unit: String(unit.id), to: "2026-02-28" }));
    expect(actions(untilFeb28.rows)).toEqual(["unit.suspend"]);
  });

  it("combines filters", async () => {
    const { rows } = await listAuditEntries(
      parseAuditFilters({
        actor: String(admin.id),
        unit: String(unit.id),
        kind: "Unit",
        action: "unit.",
        from: "2026-03-01",
        to: "2026-03-31",
      }),
    );
    expect(actions(rows)).toEqual(["unit.reactivate"]);
  });

  it("pages through many entries without gaps or repeats, and the export reads the same order", async () => {
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
    expect(first.rows).toHaveLength(auditPageSize);
    expect(second.rows).toHaveLength(5);
    const ids = [...first.rows, ...second.rows].map((row) => row.entityId);
    expect(new Set(ids).size).toBe(count);
    expect(second.rows.at(-1)?.entityId).toBe("0");

    const streamed: string[] = [];
    for await (const entry of iterateAuditEntries(parseAuditFilters({ actor: String(busy.id) }), t.zh, 7)) {
      streamed.push(entry.entityId);
    }
    expect(streamed).toEqual(ids);
  });
});

describe("readAuditPage", () => {
  it("presents entries in words: action, kind, record title, and a translated field table", async () => {
    const { entries } = await readAuditPage(parseAuditFilters({ actor: String(secretary.id) }), t.zh);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      actionName: "修改单位简介",
      actionCode: "unit.updateProfile",
      kindName: "成员单位",
      record: { parts: [{ text: unit.name, href: `/admin/units/${unit.id}` }], gone: false },
      unit: { text: unit.name, href: `/admin/units/${unit.id}` },
      time: "2026-03-05 08:00:00",
    });
    const table = entry!.changes.rows.map((row) => [
      row.label,
      row.before.parts.map((part) => part.text).join(),
      row.after.parts.map((part) => part.text).join(),
    ]);
    // (PostgreSQL's jsonb keeps keys shorter first: the order the log returns them in.)
    expect(table).toEqual([
      ["简介", "旧简介", "新简介"],
      ["单位类别", "“两新”组织", "新兴领域"],
      ["公开联系电话", "否", "是"],
    ]);

    const [english] = (await readAuditPage(parseAuditFilters({ actor: String(secretary.id) }), t.en)).entries;
    expect(english).toMatchObject({ actionName: "Updated unit profile", kindName: "Unit" });
    expect(english!.changes.rows[1]).toMatchObject({
      label: "Category",
      before: { parts: [{ text: "New economic & social organisation" }] },
      after: { parts: [{ text: "Emerging sector" }] },
    });
  });

  it("shows a record that is gone as kind #id", async () => {
    const { entries } = await readAuditPage(
      parseAuditFilters({ actor: String(admin.id), kind: "MembershipApplication" }),
      t.zh,
    );
    expect(entries[0]?.record).toMatchObject({ parts: [{ text: "入会申请 #77" }], gone: true });
  });
});

describe("getAuditFilterOptions", () => {
  it("offers the people, the units, and the actions and kinds that occur in the log", async () => {
    const options = await getAuditFilterOptions();
    expect(options.users.map((user) => user.id)).toEqual(expect.arrayContaining([admin.id, secretary.id]));
    expect(options.units.map((option) => option.id)).toContain(unit.id);
    expect(options.actions).toEqual(
      expect.arrayContaining(["unit.suspend", "unit.updateProfile", "application.approve"]),
    );
    expect(options.kinds).toEqual(expect.arrayContaining(["Unit", "MembershipApplication"]));
  });
});

// Adding and editing a community: every rule of the form, the subdistrict found or created in the
// same transaction, the unique name and unit link, and the version check.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createCommunity, updateCommunity } from "@/lib/pairing/communities/actions";
import { createAdmin, createUnit } from "@/tests/factories";
import { createCommunityRow, createSubdistrictRow } from "@/tests/factories/communities";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { communityFields } from "./helpers";

type Fields = Record<string, string | number | undefined>;
const create = (fields: Fields) => createCommunity(initialFormState, formData(fields));
const update = (fields: Fields) => updateCommunity(initialFormState, formData(fields));

async function admin() {
  const user = await createAdmin();
  actAs(user);
  return user;
}

/** The edit form's fields for a saved community, as the edit page fills them in. */
async function editFields(communityId: number, overrides: Fields = {}) {
  const community = await db.community.findUniqueOrThrow({
    where: { id: communityId },
    include: { subdistrict: true },
  });
  return communityFields({
    communityId,
    version: community.version,
    subdistrict: community.subdistrict?.name ?? "",
    name: community.name,
    ...overrides,
  });
}

describe("adding a community", () => {
  it("creates the community and its new subdistrict in one go, each with an audit record", async () => {
    const user = await admin();
    const fields = communityFields({ subdistrict: "新建测试街道甲", name: "新建测试社区甲" });
    const state = await create(fields);
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(state.message?.key).toBe("pairing.communities.created");
    const community = await db.community.findUniqueOrThrow({
      where: { id: Number(state.data?.id) },
      include: { subdistrict: true },
    });
    expect(community).toMatchObject({
      name: "新建测试社区甲",
      address: fields.address,
      contactName: "示例联系人",
      contactPhone: "0511-85550000",
      unitId: null,
      version: 0,
    });
    expect(community.subdistrict?.name).toBe("新建测试街道甲");
    expect(Number(community.latitude)).toBe(32.191264);
    expect(Number(community.longitude)).toBe(119.432718);
    const audits = await db.auditLog.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => [audit.action, audit.entityId])).toEqual([
      ["subdistrict.create", String(community.subdistrictId)],
      ["community.create", String(community.id)],
    ]);
  });

  it("puts it under an existing subdistrict without creating another", async () => {
    const user = await admin();
    const subdistrict = await createSubdistrictRow();
    const state = await create(communityFields({ subdistrict: ` ${subdistrict.name} ` }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const community = await db.community.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(community.subdistrictId).toBe(subdistrict.id);
    expect(await db.subdistrict.count({ where: { name: subdistrict.name } })).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "subdistrict.create" } })).toBe(0);
  });

  it("saves a community with no map point when both coordinates are blank", async () => {
    await admin();
    const state = await create(communityFields({ latitude: "", longitude: "" }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const community = await db.community.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(community.latitude).toBeNull();
    expect(community.longitude).toBeNull();
  });

  it.each([
    ["no subdistrict", { subdistrict: "" }, "subdistrict", "core.validation.required"],
    ["no name", { name: "  " }, "name", "core.validation.required"],
    ["a latitude outside the box", { latitude: "40" }, "latitude", "core.validation.latitude"],
    ["a longitude outside the box", { longitude: "100" }, "longitude", "core.validation.longitude"],
    ["a latitude that is not a number", { latitude: "北纬32" }, "latitude", "core.validation.invalid"],
    ["a latitude without longitude", { longitude: "" }, "longitude", "core.validation.pointBoth"],
    ["a longitude without latitude", { latitude: "" }, "latitude", "core.validation.pointBoth"],
    ["a phone with letters", { contactPhone: "call me" }, "contactPhone", "core.validation.phone"],
    ["a unit id that is not one", { unitId: "abc" }, "unitId", "core.validation.invalid"],
    ["a name over 120 characters", { name: "社".repeat(121) }, "name", "core.validation.tooLong"],
  ])("refuses %s on its field and writes nothing", async (_label, overrides, field, key) => {
    const user = await admin();
    const fields = communityFields(overrides);
    const state = await create(fields);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]?.[0]?.key).toBe(key);
    expect(state.values?.name).toBe(fields.name);
    expect(await db.subdistrict.count({ where: { name: fields.subdistrict } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("refuses a second community of the same name on the name field, leaving no new subdistrict", async () => {
    const user = await admin();
    const existing = await createCommunityRow();
    const fields = communityFields({ name: existing.name });
    const state = await create(fields);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.name?.[0]?.key).toBe("pairing.communities.errors.nameTaken");
    expect(await db.subdistrict.count({ where: { name: fields.subdistrict } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("links the community's own league branch, once: a unit linked elsewhere is refused by name", async () => {
    await admin();
    const unit = await createUnit();
    const first = await create(communityFields({ unitId: unit.id }));
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const linked = await db.community.findUniqueOrThrow({ where: { id: Number(first.data?.id) } });
    expect(linked.unitId).toBe(unit.id);

    const second = await create(communityFields({ unitId: unit.id }));
    expect(second.ok).toBe(false);
    expect(second.fieldErrors?.unitId?.[0]).toEqual({
      key: "pairing.communities.errors.unitTaken",
      values: { community: linked.name },
    });
    expect(await db.community.count({ where: { unitId: unit.id } })).toBe(1);
  });

  it("refuses a unit that does not exist", async () => {
    await admin();
    const state = await create(communityFields({ unitId: 2_000_000_000 }));
    expect(state.fieldErrors?.unitId?.[0]?.key).toBe("pairing.communities.errors.unitNotFound");
  });

  it("gives two admins typing the same new subdistrict at once the one record", async () => {
    await admin();
    const subdistrict = `并发测试街道${Math.random().toString(36).slice(2, 8)}`;
    const states = await Promise.all([
      create(communityFields({ subdistrict })),
      create(communityFields({ subdistrict })),
    ]);
    expect(states.map((state) => state.ok)).toEqual([true, true]);
    const rows = await db.subdistrict.findMany({
      where: { name: subdistrict },
      include: { communities: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.communities).toHaveLength(2);
  });
});

describe("editing a community", () => {
  it("saves the changes, bumps the version and audits before and after", async () => {
    const user = await admin();
    const community = await createCommunityRow();
    const state = await update(
      await editFields(community.id, { address: "新地址 2 号", contactPhone: "13800000000" }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(state.message?.key).toBe("pairing.communities.saved");
    const saved = await db.community.findUniqueOrThrow({ where: { id: community.id } });
    expect(saved).toMatchObject({ address: "新地址 2 号", contactPhone: "13800000000", version: 1 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "community.update", entityId: String(community.id) },
    });
    expect(audit.before).toMatchObject({ address: community.address });
    expect(audit.after).toMatchObject({ address: "新地址 2 号" });
  });

  it("moves it to a new subdistrict typed in the form, created in the same transaction", async () => {
    await admin();
    const community = await createCommunityRow();
    const state = await update(await editFields(community.id, { subdistrict: "改归属测试街道" }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const saved = await db.community.findUniqueOrThrow({
      where: { id: community.id },
      include: { subdistrict: true },
    });
    expect(saved.subdistrict?.name).toBe("改归属测试街道");
  });

  it("removes the map point when both coordinates are cleared", async () => {
    await admin();
    const community = await createCommunityRow();
    const state = await update(await editFields(community.id, { latitude: "", longitude: "" }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const saved = await db.community.findUniqueOrThrow({ where: { id: community.id } });
    expect([saved.latitude, saved.longitude]).toEqual([null, null]);
  });

  it("refuses a stale version and keeps the other admin's change", async () => {
    await admin();
    const community = await createCommunityRow();
    const loaded = await editFields(community.id);
    expect((await update({ ...loaded, address: "先保存的地址" })).ok).toBe(true);
    const state = await update({ ...loaded, address: "后保存的地址" });
    expect(state.ok).toBe(false);
    expect(state.message?.key).toBe("core.errors.staleVersion");
    expect(state.values?.address).toBe("后保存的地址");
    const saved = await db.community.findUniqueOrThrow({ where: { id: community.id } });
    expect(saved).toMatchObject({ address: "先保存的地址", version: 1 });
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    await admin();
    const community = await createCommunityRow();
    const loaded = await editFields(community.id);
    const states = await Promise.all([
      update({ ...loaded, address: "甲" }),
      update({ ...loaded, address: "乙" }),
    ]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(states.find((state) => !state.ok)?.message?.key).toBe("core.errors.staleVersion");
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).version).toBe(1);
  });

  it("refuses another community's name and a unit linked elsewhere", async () => {
    await admin();
    const unit = await createUnit();
    const other = await createCommunityRow({ unitId: unit.id });
    const community = await createCommunityRow();
    const named = await update(await editFields(community.id, { name: other.name }));
    expect(named.fieldErrors?.name?.[0]?.key).toBe("pairing.communities.errors.nameTaken");
    const linked = await update(await editFields(community.id, { unitId: unit.id }));
    expect(linked.fieldErrors?.unitId?.[0]?.key).toBe("pairing.communities.errors.unitTaken");
    const saved = await db.community.findUniqueOrThrow({ where: { id: community.id } });
    expect(saved).toMatchObject({ name: community.name, unitId: null, version: 0 });
  });

  it("says so for a community that does not exist", async () => {
    await admin();
    const state = await update(communityFields({ communityId: 2_000_000_000, version: 0 }));
    expect(state.message?.key).toBe("pairing.communities.errors.notFound");
  });
});

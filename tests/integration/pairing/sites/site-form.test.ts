// Registering and editing a service site: every rule of the form, unique names and stale edits.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createSite, updateSite } from "@/lib/pairing/sites/actions";
import { createAdmin } from "@/tests/factories";
import { createServiceSite, createSiteCommunity, siteFields } from "@/tests/factories/sites";
import { actAs, formData } from "@/tests/integration/helpers/session";

type Fields = Parameters<typeof siteFields>[1];

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

const create = (fields: Fields) => createSite(initialFormState, formData(fields ?? {}));

describe("registering a service site", () => {
  it("saves the site with its community, area and map point, with an audit record", async () => {
    const admin = await asAdmin();
    const community = await createSiteCommunity();
    const state = await create(siteFields(community.id, { name: "润州青年公益林·测试", areaSqm: "2000.5" }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const site = await db.serviceSite.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(site).toMatchObject({
      name: "润州青年公益林·测试",
      communityId: community.id,
      active: true,
      version: 0,
    });
    expect(Number(site.areaSqm)).toBe(2000.5);
    expect(Number(site.latitude)).toBe(32.1712);
    const audit = await db.auditLog.findFirst({
      where: { action: "site.create", entityId: String(site.id) },
    });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("keeps a site without area or map point (both left blank) and inactive when unticked", async () => {
    await asAdmin();
    const community = await createSiteCommunity();
    const state = await create(
      siteFields(community.id, { areaSqm: "", latitude: "", longitude: "", active: undefined }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const site = await db.serviceSite.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(site).toMatchObject({ areaSqm: null, latitude: null, longitude: null, active: false });
  });

  it.each([
    ["a negative area", { areaSqm: "-2000" }, "areaSqm", "pairing.sites.validation.area"],
    ["an area of 0", { areaSqm: "0" }, "areaSqm", "pairing.sites.validation.area"],
    ["an area that is not a number", { areaSqm: "两千" }, "areaSqm", "pairing.sites.validation.area"],
    ["a latitude without longitude", { longitude: "" }, "longitude", "pairing.sites.validation.pointPair"],
    ["a longitude without latitude", { latitude: "" }, "latitude", "pairing.sites.validation.pointPair"],
    ["a latitude far from Zhenjiang", { latitude: "45" }, "latitude", "pairing.sites.validation.coordinate"],
    ["no community", { communityId: "" }, "communityId", "core.validation.invalid"],
    ["no name", { name: "" }, "name", "core.validation.required"],
  ])("refuses %s next to its field and saves nothing", async (_label, overrides, field, key) => {
    await asAdmin();
    const community = await createSiteCommunity();
    const state = await create(siteFields(community.id, overrides));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]?.[0]?.key).toBe(key);
    expect(await db.serviceSite.count({ where: { communityId: community.id } })).toBe(0);
  });

  it("refuses a name another site has, next to the name", async () => {
    await asAdmin();
    const taken = await createServiceSite();
    const community = await createSiteCommunity();
    const state = await create(siteFields(community.id, { name: taken.name }));
    expect(state.ok).toBe(false);
    expect(state.message?.key).toBe("pairing.sites.errors.nameTaken");
    expect(state.fieldErrors?.name?.[0]?.key).toBe("pairing.sites.errors.nameTaken");
    expect(await db.serviceSite.count({ where: { name: taken.name } })).toBe(1);
  });

  it("refuses a community that does not exist", async () => {
    await asAdmin();
    const state = await create(siteFields(999_999));
    expect(state.fieldErrors?.communityId?.[0]?.key).toBe("pairing.sites.errors.communityNotFound");
  });
});

describe("editing a service site", () => {
  it("saves the edit from the current version, bumps the version and records before and after", async () => {
    const admin = await asAdmin();
    const site = await createServiceSite();
    const state = await updateSite(
      initialFormState,
      formData(
        siteFields(site.communityId, {
          siteId: site.id,
          version: 0,
          name: `${site.name}（扩建）`,
          areaSqm: "10000",
        }),
      ),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const saved = await db.serviceSite.findUniqueOrThrow({ where: { id: site.id } });
    expect(saved).toMatchObject({ name: `${site.name}（扩建）`, version: 1 });
    expect(Number(saved.areaSqm)).toBe(10000);
    const audit = await db.auditLog.findFirst({
      where: { action: "site.update", entityId: String(site.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id });
    expect(audit?.before).toMatchObject({ name: site.name });
  });

  it("refuses a stale edit (someone saved since the form was loaded) and keeps the newer data", async () => {
    await asAdmin();
    const site = await createServiceSite();
    const first = await updateSite(
      initialFormState,
      formData(siteFields(site.communityId, { siteId: site.id, version: 0, name: `${site.name}甲` })),
    );
    expect(first.ok).toBe(true);
    const second = await updateSite(
      initialFormState,
      formData(siteFields(site.communityId, { siteId: site.id, version: 0, name: `${site.name}乙` })),
    );
    expect(second.ok).toBe(false);
    expect(second.message?.key).toBe("core.errors.staleVersion");
    expect((await db.serviceSite.findUniqueOrThrow({ where: { id: site.id } })).name).toBe(`${site.name}甲`);
  });

  it("refuses renaming to another site's name", async () => {
    await asAdmin();
    const other = await createServiceSite();
    const site = await createServiceSite();
    const state = await updateSite(
      initialFormState,
      formData(siteFields(site.communityId, { siteId: site.id, version: 0, name: other.name })),
    );
    expect(state.fieldErrors?.name?.[0]?.key).toBe("pairing.sites.errors.nameTaken");
    expect((await db.serviceSite.findUniqueOrThrow({ where: { id: site.id } })).name).toBe(site.name);
  });

  it("says so for a site that does not exist", async () => {
    await asAdmin();
    const community = await createSiteCommunity();
    const state = await updateSite(
      initialFormState,
      formData(siteFields(community.id, { siteId: 999_999, version: 0 })),
    );
    expect(state.message?.key).toBe("pairing.sites.errors.notFound");
  });
});

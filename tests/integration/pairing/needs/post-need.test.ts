// Posting and editing a need: every rule of the form, the audit record, the version check and
// photos checked like report photos.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createNeed, removeNeedPhoto, updateNeed, uploadNeedPhoto } from "@/lib/pairing/needs/actions";
import { createAdmin } from "@/tests/factories";
import { imageFile, pngBytes } from "@/tests/factories/images";
import { createNeedCommunity, createNeedRow, needFields } from "@/tests/factories/needs";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

const post = (fields: Record<string, string | number>) => createNeed(initialFormState, formData(fields));

describe("posting a need", () => {
  it("saves it as OPEN with its skills as a list, its size and an audit record", async () => {
    const admin = await asAdmin();
    const community = await createNeedCommunity();
    const state = await post(needFields(community.id));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const need = await db.need.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(need).toMatchObject({
      communityId: community.id,
      status: "OPEN",
      skills: ["植树", "浇水", "搬运"],
      sizeUnit: "平方米",
      volunteersWanted: 100,
      postedById: admin.id,
    });
    expect(Number(need.sizeValue)).toBe(2000);
    expect(need.startsOn?.toISOString().slice(0, 10)).toBe("2027-03-01");
    const audit = await db.auditLog.findFirst({
      where: { action: "need.create", entityId: String(need.id) },
    });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("leaves the address and map point empty when not given (the community's are shown)", async () => {
    await asAdmin();
    const community = await createNeedCommunity();
    const state = await post(needFields(community.id, { address: "", latitude: "", longitude: "" }));
    expect(state.ok).toBe(true);
    const need = await db.need.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(need).toMatchObject({ address: "", latitude: null, longitude: null });
  });

  it.each([
    ["no community", { communityId: "" }, "communityId", "pairing.needs.validation.communityRequired"],
    ["a negative size", { sizeValue: "-5" }, "sizeValue", "pairing.needs.validation.sizePositive"],
    ["a zero size", { sizeValue: "0" }, "sizeValue", "pairing.needs.validation.sizePositive"],
    ["a size without its unit", { sizeUnit: "" }, "sizeUnit", "pairing.needs.validation.sizeUnit"],
    ["a unit without a size", { sizeValue: "" }, "sizeValue", "pairing.needs.validation.sizeValue"],
    [
      "dates reversed",
      { startsOn: "2027-04-01", endsOn: "2027-03-01" },
      "endsOn",
      "pairing.needs.validation.endsBeforeStarts",
    ],
    ["a latitude without a longitude", { longitude: "" }, "longitude", "core.validation.pointBoth"],
    ["a point far from Zhenjiang", { latitude: "39.9" }, "latitude", "core.validation.latitude"],
    ["no volunteers", { volunteersWanted: "0" }, "volunteersWanted", "core.validation.tooSmall"],
    [
      "too many skills",
      { skills: Array.from({ length: 13 }, (_, i) => `技能${i}`).join(",") },
      "skills",
      "pairing.needs.validation.tooManySkills",
    ],
    ["no title", { title: "" }, "title", "core.validation.required"],
  ])("refuses %s by its field and writes nothing", async (_name, overrides, field, key) => {
    await asAdmin();
    const community = await createNeedCommunity();
    const before = await db.need.count({ where: { communityId: community.id } });
    const state = await post(needFields(community.id, overrides));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]?.[0]?.key).toBe(key);
    expect(await db.need.count({ where: { communityId: community.id } })).toBe(before);
  });

  it("refuses a community that does not exist", async () => {
    await asAdmin();
    const state = await post(needFields(2_000_000_000));
    expect(state.message?.key).toBe("pairing.needs.errors.communityNotFound");
    expect(state.fieldErrors?.communityId).toBeDefined();
  });
});

describe("editing a need", () => {
  it("saves from the version the form showed and refuses a stale one", async () => {
    await asAdmin();
    const community = await createNeedCommunity();
    const need = await createNeedRow(community.id);
    const fields = needFields(community.id, { needId: need.id, version: need.version, title: "改后的需求" });
    const saved = await updateNeed(initialFormState, formData(fields));
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).title).toBe("改后的需求");
    const stale = await updateNeed(initialFormState, formData({ ...fields, title: "再改" }));
    expect(stale.message?.key).toBe("core.errors.staleVersion");
    expect(await db.auditLog.count({ where: { action: "need.update", entityId: String(need.id) } })).toBe(1);
  });

  it("refuses to edit a closed need", async () => {
    await asAdmin();
    const community = await createNeedCommunity();
    const need = await createNeedRow(community.id, { status: "CLOSED", outcome: "已完成" });
    const state = await updateNeed(
      initialFormState,
      formData(needFields(community.id, { needId: need.id, version: need.version })),
    );
    expect(state.message?.key).toBe("pairing.needs.errors.closed");
  });
});

describe("a need's photos", () => {
  it("stores a PNG by its detected type and removes it", async () => {
    await asAdmin();
    const need = await createNeedRow((await createNeedCommunity()).id);
    const state = await uploadNeedPhoto(
      initialFormState,
      formData({ needId: need.id, caption: "现场", photo: imageFile(pngBytes(), "site.jpg", "image/jpeg") }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const photo = await db.needPhoto.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(photo).toMatchObject({ needId: need.id, contentType: "image/png", caption: "现场" });
    const removed = await removeNeedPhoto(initialFormState, formData({ needId: need.id, photoId: photo.id }));
    expect(removed.ok).toBe(true);
    expect(await db.needPhoto.count({ where: { needId: need.id } })).toBe(0);
  });

  it("refuses a file that is not an image, whatever its name says", async () => {
    await asAdmin();
    const need = await createNeedRow((await createNeedCommunity()).id);
    const state = await uploadNeedPhoto(
      initialFormState,
      formData({ needId: need.id, photo: imageFile(Buffer.from("<svg></svg>"), "x.png", "image/png") }),
    );
    expect(state.fieldErrors?.photo?.[0]?.key).toBe("pairing.needs.errors.photoType");
    expect(await db.needPhoto.count({ where: { needId: need.id } })).toBe(0);
  });

  it("refuses a photo over 2 MB", async () => {
    await asAdmin();
    const need = await createNeedRow((await createNeedCommunity()).id);
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(pngBytes());
    const state = await uploadNeedPhoto(
      initialFormState,
      formData({ needId: need.id, photo: imageFile(big, "big.png", "image/png") }),
    );
    expect(state.fieldErrors?.photo?.[0]?.key).toBe("pairing.needs.errors.photoTooLarge");
  });
});

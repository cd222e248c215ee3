// Renaming a subdistrict: its communities follow, a taken name is refused on the field.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { renameSubdistrict } from "@/lib/pairing/communities/actions";
import { createAdmin } from "@/tests/factories";
import { createCommunityRow, createSubdistrictRow } from "@/tests/factories/communities";
import { actAs, formData } from "@/tests/integration/helpers/session";

const rename = (subdistrictId: number, name: string) =>
  renameSubdistrict(initialFormState, formData({ subdistrictId, name }));

describe("renaming a subdistrict", () => {
  it("renames it for all its communities and audits the old and new name", async () => {
    const user = await createAdmin();
    actAs(user);
    const subdistrict = await createSubdistrictRow();
    const community = await createCommunityRow({ subdistrictId: subdistrict.id });
    const name = `${subdistrict.name}（新）`;
    const state = await rename(subdistrict.id, name);
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(state.message?.key).toBe("pairing.communities.subdistrictRenamed");
    const saved = await db.community.findUniqueOrThrow({
      where: { id: community.id },
      include: { subdistrict: true },
    });
    expect(saved.subdistrict?.name).toBe(name);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "subdistrict.rename" },
    });
    expect(audit).toMatchObject({
      entityId: String(subdistrict.id),
      before: { name: subdistrict.name },
      after: { name },
    });
  });

  it("refuses the name of another subdistrict on the name field", async () => {
    actAs(await createAdmin());
    const [taken, subdistrict] = [await createSubdistrictRow(), await createSubdistrictRow()];
    const state = await rename(subdistrict.id, taken.name);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.name?.[0]?.key).toBe("pairing.communities.errors.subdistrictTaken");
    expect((await db.subdistrict.findUniqueOrThrow({ where: { id: subdistrict.id } })).name).toBe(
      subdistrict.name,
    );
  });

  it("refuses a blank name and an unknown subdistrict", async () => {
    const user = await createAdmin();
    actAs(user);
    const subdistrict = await createSubdistrictRow();
    expect((await rename(subdistrict.id, " ")).fieldErrors?.name?.[0]?.key).toBe("core.validation.required");
    expect((await rename(2_000_000_000, "无此街道")).message?.key).toBe(
      "pairing.communities.errors.subdistrictNotFound",
    );
    expect(await db.auditLog.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("writes no audit record when the name is unchanged", async () => {
    const user = await createAdmin();
    actAs(user);
    const subdistrict = await createSubdistrictRow();
    expect((await rename(subdistrict.id, subdistrict.name)).ok).toBe(true);
    expect(await db.auditLog.count({ where: { actorId: user.id } })).toBe(0);
  });
});

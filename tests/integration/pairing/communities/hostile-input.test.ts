// The community forms under hostile form data: one to three fields replaced by hostile values
// (or removed, or repeated) never throw, always answer a form state, and a refusal writes
// nothing (no community, no subdistrict, no audit record).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createCommunity, renameSubdistrict, updateCommunity } from "@/lib/pairing/communities/actions";
import { createAdmin } from "@/tests/factories";
import { createCommunityRow, createSubdistrictRow } from "@/tests/factories/communities";
import { hostileString, hostileValue } from "@/tests/fuzz/hostile-values";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { communityFields } from "./helpers";

type Fields = Record<string, string | string[] | undefined>;

const mutated = (base: Record<string, string>) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(base)), hostileString), hostileValue), {
      minLength: 1,
      maxLength: 3,
    })
    .map((changes) => {
      const fields: Fields = { ...base };
      for (const [name, value] of changes) {
        fields[name] =
          value === undefined ? undefined : Array.isArray(value) ? value.map(String) : String(value);
      }
      return fields;
    });

const counts = async () => ({
  communities: await db.community.count(),
  subdistricts: await db.subdistrict.count(),
  audits: await db.auditLog.count(),
});

const asStrings = (fields: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, String(value)]));

let community: { id: number };
let subdistrict: { id: number; name: string };

beforeAll(async () => {
  actAs(await createAdmin());
  subdistrict = await createSubdistrictRow();
  community = await createCommunityRow();
});

describe.each([
  { name: "createCommunity", action: createCommunity, base: () => asStrings(communityFields()) },
  {
    name: "updateCommunity",
    action: updateCommunity,
    base: () => asStrings(communityFields({ communityId: community.id, version: 0 })),
  },
  {
    name: "renameSubdistrict",
    action: renameSubdistrict,
    base: () => ({ subdistrictId: String(subdistrict.id), name: `${subdistrict.name}改` }),
  },
])("$name under hostile form data", ({ action, base }) => {
  it("answers a form state and writes nothing when it refuses", async () => {
    await fc.assert(
      fc.asyncProperty(mutated(base()), async (fields) => {
        const before = await counts();
        const state = await action(initialFormState, formData(fields));
        expect(state).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
        if (state.message) expect(state.message.key).toMatch(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/);
        if (!state.ok) expect(await counts()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

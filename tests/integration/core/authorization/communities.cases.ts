// Subdistricts and communities (结对挂钩): the district committee's to keep.
import { createCommunity, renameSubdistrict, updateCommunity } from "@/lib/pairing/communities/actions";
import { createCommunityRow, createSubdistrictRow } from "@/tests/factories/communities";
import { communityFields } from "@/tests/integration/pairing/communities/helpers";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase } from "./roles";

export const cases: AuthorizationCase[] = [
  {
    name: "createCommunity",
    action: createCommunity,
    input: () => formData(communityFields()),
    expected: adminOnly,
  },
  {
    name: "updateCommunity",
    action: updateCommunity,
    input: async () => {
      const community = await createCommunityRow();
      return formData(communityFields({ communityId: community.id, version: community.version }));
    },
    expected: adminOnly,
  },
  {
    name: "renameSubdistrict",
    action: renameSubdistrict,
    input: async () => {
      const subdistrict = await createSubdistrictRow();
      return formData({ subdistrictId: subdistrict.id, name: `${subdistrict.name}改` });
    },
    expected: adminOnly,
  },
];

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { communityChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { renameSubdistrict as renameSubdistrictMutation } from "./rename-subdistrict";
import {
  createCommunity as createCommunityMutation,
  updateCommunity as updateCommunityMutation,
} from "./save-community";
import { createCommunitySchema, renameSubdistrictSchema, updateCommunitySchema } from "./schemas";

// Subdistricts and communities are the district committee's to keep (communities.manage). The
// public pages name them, so each write expires them; a name shown on activity pages expires those.

export async function createCommunity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createCommunitySchema,
    authorize: "communities.manage",
    run: async (input, actor) =>
      success("pairing.communities.created", { id: await createCommunityMutation(actor, input) }),
    revalidate: ["/admin/communities", ...communityChanged()],
  });
}

export async function updateCommunity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateCommunitySchema,
    authorize: "communities.manage",
    run: async (input, actor) => {
      await updateCommunityMutation(actor, input);
      return success("pairing.communities.saved");
    },
    revalidate: (input) => [
      "/admin/communities",
      `/admin/communities/${input.communityId}`,
      ...communityChanged(input.communityId, { renamed: true }),
    ],
  });
}

export async function renameSubdistrict(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: renameSubdistrictSchema,
    authorize: "communities.manage",
    run: async (input, actor) => {
      await renameSubdistrictMutation(actor, input);
      return success("pairing.communities.subdistrictRenamed");
    },
    revalidate: ["/admin/communities", ...communityChanged(undefined, { renamed: true })],
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { unitPageOf } from "@/lib/core/site/unit-pages";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { removeLogoSchema, updateProfileSchema, updateUnitProfileSchema, uploadLogoSchema } from "./schemas";
import { updateProfile as updateProfileMutation } from "./update-profile";
import { updateUnitProfile as updateUnitProfileMutation } from "./update-unit-profile";
import { removeUnitLogo, replaceUnitLogo } from "./unit-logo";

// The secretary's workspace (/my). Every action works on the actor's own account and own
// unit; ids in the form are ignored. Admins have no unit and no /my pages: the policy refuses
// them (they use /admin instead).

const workspacePaths = ["/my", "/my/unit", "/my/profile"];
// The unit's profile and logo show on its public page and in the directory.
const unitPaths = async (_input: unknown, actor: { unitId: number }) => [
  ...workspacePaths,
  "/units",
  ...(await unitPageOf(actor.unitId)),
];

export async function updateMyProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateProfileSchema,
    authorize: "profile.update",
    run: async (input, actor) => {
      const version = await updateProfileMutation(actor.id, input);
      return success("units.selfService.profile.profileSaved", { version: version.toISOString() });
    },
    revalidate: workspacePaths,
  });
}

export async function updateMyUnitProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateUnitProfileSchema,
    authorize: "unit.updateProfile",
    run: async (input, actor) => {
      const version = await updateUnitProfileMutation(actor.id, actor.unitId, input);
      return success("units.selfService.profile.unitSaved", { version: version.toISOString() });
    },
    revalidate: unitPaths,
  });
}

export async function uploadMyUnitLogo(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: uploadLogoSchema,
    authorize: "unit.updateProfile",
    run: async (input, actor) => {
      const version = await replaceUnitLogo(actor.id, actor.unitId, input.logo);
      return success("units.selfService.profile.logoSaved", { version: version.toISOString() });
    },
    revalidate: unitPaths,
  });
}

export async function removeMyUnitLogo(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeLogoSchema,
    authorize: "unit.updateProfile",
    run: async (_input, actor) => {
      await removeUnitLogo(actor.id, actor.unitId);
      return success("units.selfService.profile.logoRemoved");
    },
    revalidate: unitPaths,
  });
}

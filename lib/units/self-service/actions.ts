"use server";

import { runAction } from "@/lib/core/actions/run-action";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { removeLogoSchema, updateProfileSchema, updateUnitProfileSchema, uploadLogoSchema } from "./schemas";
import { updateProfile as updateProfileMutation } from "./update-profile";
import { updateUnitProfile as updateUnitProfileMutation } from "./update-unit-profile";
import { removeUnitLogo, replaceUnitLogo } from "./unit-logo";

// The secretary's workspace (/my). Every action works on the actor's own account and own
// unit; ids in the form are ignored. Admins have no unit and no /my pages: the policy would
// let them update any unit, so these actions refuse them explicitly (they use /admin instead).

function secretaryOf(actor: CurrentUser | null): CurrentUser & { unitId: number } {
  if (!actor || actor.role !== "SECRETARY" || actor.unitId === null) {
    throw new DomainError("core.errors.forbidden");
  }
  return { ...actor, unitId: actor.unitId };
}

const workspacePaths = ["/my", "/my/unit", "/my/profile"];

export async function updateMyProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateProfileSchema,
    authorize: (actor) => ({ action: "account.updateSelf", userId: actor.id }),
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const version = await updateProfileMutation(me.id, input);
      return success("units.selfService.profile.profileSaved", { version: version.toISOString() });
    },
    revalidate: workspacePaths,
  });
}

export async function updateMyUnitProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateUnitProfileSchema,
    // A secretary's own unit; admins are refused in run (see above).
    authorize: (actor) => ({ action: "unit.update", unitId: actor.unitId ?? 0 }),
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const version = await updateUnitProfileMutation(me.id, me.unitId, input);
      return success("units.selfService.profile.unitSaved", { version: version.toISOString() });
    },
    revalidate: workspacePaths,
  });
}

export async function uploadMyUnitLogo(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: uploadLogoSchema,
    authorize: (actor) => ({ action: "unit.update", unitId: actor.unitId ?? 0 }),
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const version = await replaceUnitLogo(me.id, me.unitId, input.logo);
      return success("units.selfService.profile.logoSaved", { version: version.toISOString() });
    },
    revalidate: workspacePaths,
  });
}

export async function removeMyUnitLogo(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeLogoSchema,
    authorize: (actor) => ({ action: "unit.update", unitId: actor.unitId ?? 0 }),
    run: async (_input, actor) => {
      const me = secretaryOf(actor);
      await removeUnitLogo(me.id, me.unitId);
      return success("units.selfService.profile.logoRemoved");
    },
    revalidate: workspacePaths,
  });
}

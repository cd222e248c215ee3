"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { saveRotationPreferences as saveRotationPreferencesMutation } from "./save-preferences";
import { savePreferencesSchema } from "./schemas";

// A unit's own inputs: its secretaries only (admins set years and times on /admin/rotation).
export async function saveRotationPreferences(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: savePreferencesSchema,
    authorize: "rotation.setPreferences",
    run: async (input, actor) => {
      await saveRotationPreferencesMutation(actor, input);
      return success("rotation.unit.preferencesSaved");
    },
    revalidate: ["/my/rotation", "/admin/rotation"],
  });
}

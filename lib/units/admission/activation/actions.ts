"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { activateAccount as activate } from "./activate-account";
import { activateSchema } from "./schemas";

/** Chooses a password through a one-time link; the link itself is the proof, so it is public. */
export async function activateAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: activateSchema,
    authorize: "public",
    run: async (input) => {
      const { login } = await activate(input);
      return success("units.admission.apply.activation.done", { login });
    },
  });
}

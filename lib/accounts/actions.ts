"use server";

import { runAction } from "@/lib/actions/run-action";
import { reissueSessionCookie } from "@/lib/auth/reissue-session";
import { success, type FormState } from "@/lib/forms/form-state";
import { changePassword as changePasswordMutation } from "./change-password";
import { changePasswordSchema } from "./schemas";

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: changePasswordSchema,
    authorize: (actor) => ({ action: "account.updateSelf", userId: actor.id }),
    allowWithExpiredPassword: true,
    run: async (input, actor) => {
      const sessionVersion = await changePasswordMutation(actor!.id, input);
      await reissueSessionCookie(actor!.id, sessionVersion);
      return success("profile.passwordChanged");
    },
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { reissueSessionCookie } from "@/lib/core/auth/reissue-session";
import { currentSessionClaims } from "@/lib/core/auth/session";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { changePassword as changePasswordMutation } from "./change-password";
import { changePasswordSchema } from "./schemas";

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: changePasswordSchema,
    authorize: "signedIn",
    allowWithExpiredPassword: true,
    run: async (input, actor) => {
      // Read before the change: once it commits, this device's token is revoked like the rest.
      const claims = await currentSessionClaims();
      const sessionVersion = await changePasswordMutation(actor.id, input);
      await reissueSessionCookie(claims, actor.id, sessionVersion);
      return success("units.selfService.profile.passwordChanged");
    },
  });
}

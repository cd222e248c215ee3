"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { checkIn } from "./check-in";
import { checkInSchema } from "./schemas";

export async function checkInToActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: checkInSchema,
    // Any secretary acting for their own unit; the unit's part in the activity is checked inside.
    authorize: "checkin.record",
    run: async (input, actor) => {
      await checkIn(actor, input);
      return success("activities.checkin.checkedIn");
    },
    revalidate: (input) => [`/my/activities/${input.activityId}/checkin`],
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import type { FormState } from "@/lib/core/forms/form-state";
import { planChanged } from "@/lib/core/site/revalidate-public";
import { draftActivities as draftActivitiesMutation } from "./draft-activities";
import { draftActivitiesSchema } from "./schemas";

export async function draftActivities(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: draftActivitiesSchema,
    authorize: "surveys.manage",
    run: async (input, actor) => {
      const count = await draftActivitiesMutation(actor, input);
      return {
        ok: true,
        message: { key: "surveys.admin.draft.created", values: { count, year: input.year } },
      };
    },
    // New activities show on the year's list (public once the year is published).
    revalidate: (input) => [
      `/admin/surveys/${input.surveyId}/results`,
      "/admin/plan",
      `/admin/plan/${input.year}`,
      ...planChanged(),
    ],
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import type { FormState } from "@/lib/core/forms/form-state";
import { sendDueSurveyRemindersSchema } from "./schemas";
import { sendSurveyReminders } from "./send-reminders";

// The hourly run, started by hand from a survey's page (e.g. after the server was down): it
// sends exactly what the hourly run would, never anything twice.
export async function sendDueSurveyReminders(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: sendDueSurveyRemindersSchema,
    authorize: "surveys.manage",
    run: async (_input, actor) => {
      const count = await sendSurveyReminders(new Date(), actor.id);
      return { ok: true, message: { key: "surveys.admin.reminders.sent", values: { count } } };
    },
    revalidate: ["/admin/surveys", "/my", "/my/inbox"],
  });
}

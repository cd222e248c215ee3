"use server";

import { runAction } from "@/lib/core/actions/run-action";
import type { FormState } from "@/lib/core/forms/form-state";
import { sendDueRemindersSchema } from "./schemas";
import { sendRotationReminders } from "./send-reminders";

// The hourly run, started by hand from /admin/rotation/reminders (e.g. after the server was
// down): it sends exactly what the hourly run would, never anything twice.
export async function sendDueRotationReminders(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: sendDueRemindersSchema,
    authorize: "rotation.manage",
    run: async (_input, actor) => {
      const count = await sendRotationReminders(new Date(), actor.id);
      return { ok: true, message: { key: "rotation.public.reminders.sent", values: { count } } };
    },
    revalidate: ["/admin/rotation/reminders", "/my", "/my/inbox"],
  });
}

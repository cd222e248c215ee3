"use server";

import { runAction } from "@/lib/core/actions/run-action";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "./schemas";

// The inbox (/my/inbox) belongs to secretaries; each acts on their own notifications only
// (the user comes from the session, the id from the form is checked against it).

function secretaryOf(actor: CurrentUser | null): CurrentUser {
  if (!actor || actor.role !== "SECRETARY" || actor.unitId === null) {
    throw new DomainError("core.errors.forbidden");
  }
  return actor;
}

// The page re-renders with its header, so the badge updates with the list.
const revalidateInbox = (): string[] => ["/my/inbox", "/my"];

export async function markRead(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: markNotificationReadSchema,
    authorize: (actor) => ({ action: "account.updateSelf", userId: actor.id }),
    run: async (input, actor) => {
      await markNotificationRead(secretaryOf(actor).id, input.id);
      return success();
    },
    revalidate: revalidateInbox,
  });
}

export async function markAllRead(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: markAllNotificationsReadSchema,
    authorize: (actor) => ({ action: "account.updateSelf", userId: actor.id }),
    run: async (_input, actor) => {
      const count = await markAllNotificationsRead(secretaryOf(actor).id);
      return success(undefined, { count });
    },
    revalidate: revalidateInbox,
  });
}

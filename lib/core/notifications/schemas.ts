import { z } from "zod";
import { id } from "@/lib/core/forms/fields";

/** Marking one notification read: only its id; whose it is comes from the session. */
export const markNotificationReadSchema = z.object({ id });

export const markAllNotificationsReadSchema = z.object({});

/** ?page= of /my/inbox: a positive integer, anything else is page 1. */
export function parseInboxPage(raw: unknown): number {
  const parsed = z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .safeParse(raw);
  return parsed.success ? parsed.data : 1;
}

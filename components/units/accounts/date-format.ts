import { beijingTimeZone } from "@/lib/core/time/beijing";

/** Sign-in and creation times on the account pages: always the committee's time zone. */
export const beijingDateTime = {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: beijingTimeZone,
} as const;

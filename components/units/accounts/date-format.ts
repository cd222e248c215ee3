import { committeeTimeZone } from "@/lib/core/time/shanghai";

/** Sign-in and creation times on the account pages: always the committee's time zone. */
export const shanghaiDateTime = {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: committeeTimeZone,
} as const;

import { z } from "zod";
import { id, isoDate, optionalText } from "@/lib/core/forms/fields";
import { parseBeijingLocalInput } from "@/lib/core/time/beijing";

const clockTime = z
  .string()
  .trim()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "core.validation.format");

const optionalNumber = (max: number) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? undefined : value),
    z.coerce.number("core.validation.invalid").int("core.validation.invalid").min(1).max(max).optional(),
  );

/** A datetime-local value in Beijing time; blank means "no deadline". */
const optionalLocalDateTime = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const instant = parseBeijingLocalInput(value);
    if (!instant) context.addIssue({ code: "custom", message: "core.validation.date" });
    return instant;
  });

/**
 * The long-term service site it is held at: blank clears it; a form without the field (an older
 * page) leaves the site the admin set as it is.
 */
const optionalServiceSite = z.preprocess((value) => (value === "" ? null : value), id.nullable().optional());

/**
 * The lead's schedule: a Beijing date and times, a place typed in or a shared venue (booked in
 * the same step; venueId blank = none), description, capacity and sign-up deadline. The form and the action share it.
 */
export const scheduleActivitySchema = z
  .object({
    activityId: id,
    version: z.coerce.number("core.validation.invalid").int().min(0),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    place: optionalText(200),
    venueId: optionalNumber(2_147_483_647),
    description: optionalText(4000),
    capacity: optionalNumber(100_000),
    signupDeadline: optionalLocalDateTime,
    serviceSiteId: optionalServiceSite,
  })
  .superRefine((input, context) => {
    if (input.endTime <= input.startTime) {
      context.addIssue({
        code: "custom",
        path: ["endTime"],
        message: "activities.participation.schedule.endBeforeStart",
      });
    }
    // A place is typed in or a venue is chosen (the venue wins: it is booked).
    if (input.venueId === undefined && input.place === "") {
      context.addIssue({
        code: "custom",
        path: ["place"],
        message: "activities.participation.schedule.placeRequired",
      });
    }
  });
export type ScheduleActivityInput = z.output<typeof scheduleActivitySchema>;

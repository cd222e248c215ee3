import { z } from "zod";
import { checkbox, id, optionalText, plainKey, text } from "@/lib/core/forms/fields";

const realDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "core.validation.date")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "core.validation.date");

const clockTime = z
  .string()
  .trim()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "core.validation.format");

export const createBookingSchema = z.object({
  venueId: id,
  court: z.union([z.literal("any"), z.coerce.number().int().min(1).max(1000)]),
  date: realDate,
  startTime: clockTime,
  endTime: clockTime,
  purpose: text(200),
  headcount: z.coerce.number().int().min(1).max(100_000),
  weeks: z.preprocess(
    (value) => (value === "" || value === undefined ? 1 : value),
    z.coerce.number().int().min(1).max(12),
  ),
  skipConflicts: checkbox,
  requestKey: plainKey(8, 80),
});
export type CreateBookingInput = z.output<typeof createBookingSchema>;

export const decideBookingSchema = z
  .object({
    bookingId: id,
    version: z.coerce.number().int().min(0),
    decision: z.enum(["CONFIRM", "DECLINE"]),
    reason: optionalText(500),
  })
  .refine((input) => input.decision === "CONFIRM" || input.reason.length > 0, {
    message: "venues.bookings.errors.reasonRequired",
    path: ["reason"],
  });
export type DecideBookingInput = z.output<typeof decideBookingSchema>;

export const cancelBookingSchema = z.object({
  bookingId: id,
  version: z.coerce.number().int().min(0),
  reason: optionalText(500),
});
export type CancelBookingInput = z.output<typeof cancelBookingSchema>;

import { z } from "zod";
import { checkbox, id, isoDate, optionalPhone, optionalText, text } from "@/lib/core/forms/fields";
import { parseTimeOfDay, weekdays } from "./opening-hours";

export const venueKinds = [
  "BADMINTON_COURT",
  "TABLE_TENNIS",
  "GYM",
  "YOGA_ROOM",
  "MEETING_ROOM",
  "READING_ROOM",
  "ACTIVITY_HALL",
  "SPORTS_FIELD",
  "OTHER",
] as const;

const whole = (min: number, max: number) =>
  z.coerce.number("core.validation.invalid").int().min(min).max(max);

/** A number field that may be left blank (blank = null). */
const optionalWhole = (min: number, max: number) =>
  z.preprocess((value) => (value === undefined || value === "" ? null : value), whole(min, max).nullable());

/** Latitude/longitude, loosely bounded to the Zhenjiang area; blank = not on the map. */
const coordinate = (min: number, max: number, key: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z.coerce.number("core.validation.invalid").min(min, key).max(max, key).nullable(),
  );

// Opening hours arrive as closed1/opens1/closes1 … closed7/opens7/closes7.
const hourFields = Object.fromEntries(
  weekdays.flatMap((day) => [
    [`closed${day}`, checkbox],
    [`opens${day}`, z.string().optional()],
    [`closes${day}`, z.string().optional()],
  ]),
) as Record<string, z.ZodType<string | boolean | undefined>>;

export type OpeningHoursRow = { weekday: number; opensAt: number; closesAt: number };

const venueObject = z.object({
  name: text(120),
  kind: z.enum(venueKinds, "core.validation.invalid"),
  quantity: whole(1, 50),
  capacity: optionalWhole(1, 100_000),
  address: optionalText(200),
  latitude: coordinate(31, 33, "venues.manage.validation.latitude"),
  longitude: coordinate(118.5, 120.5, "venues.manage.validation.longitude"),
  description: optionalText(5000),
  rules: optionalText(5000),
  contactPhone: optionalPhone,
  bookingMode: z.enum(["BOOKABLE", "PHONE_ONLY"], "core.validation.invalid"),
  needsApproval: checkbox,
  minNoticeHours: whole(0, 720),
  maxAdvanceDays: whole(1, 366),
  maxDurationMinutes: whole(15, 1440),
  bufferMinutes: whole(0, 240),
  monthlyQuota: optionalWhole(1, 1000),
  ...hourFields,
});

type HoursIssue = { path: string; message: string };

/**
 * Reads each weekday's times into rows (a closed weekday has no row) and lists what is wrong.
 * It may see raw form values (see below), so "closed" is true or "on".
 */
function readOpeningHours(value: Record<string, unknown>) {
  const rows: OpeningHoursRow[] = [];
  const issues: HoursIssue[] = [];
  for (const day of weekdays) {
    const closed = value[`closed${day}`];
    if (closed === true || closed === "on" || closed === "true") continue;
    const opensAt = parseTimeOfDay(String(value[`opens${day}`] ?? ""));
    const closesAt = parseTimeOfDay(String(value[`closes${day}`] ?? ""));
    if (opensAt === null) issues.push({ path: `opens${day}`, message: "venues.manage.validation.time" });
    if (closesAt === null) issues.push({ path: `closes${day}`, message: "venues.manage.validation.time" });
    if (opensAt === null || closesAt === null) continue;
    if (closesAt <= opensAt) {
      issues.push({ path: `closes${day}`, message: "venues.manage.validation.closesBeforeOpens" });
      continue;
    }
    rows.push({ weekday: day, opensAt, closesAt });
  }
  return { rows, issues };
}

// `when`: check the hours even when another field failed, so every mistake shows at once.
const hoursChecked = <T extends z.ZodType<Record<string, unknown>>>(schema: T) =>
  schema
    .superRefine(
      (value, ctx) => {
        for (const issue of readOpeningHours(value).issues) {
          ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    )
    .transform((value) => ({ ...value, openingHours: readOpeningHours(value).rows }));

export const createVenueSchema = hoursChecked(venueObject);
export type CreateVenueInput = z.output<typeof createVenueSchema>;

export const updateVenueSchema = hoursChecked(
  venueObject.extend({ venueId: id, version: whole(0, 2_147_483_647) }),
);
export type UpdateVenueInput = z.output<typeof updateVenueSchema>;

export const venueIdSchema = z.object({ venueId: id });

export const setVenueActiveSchema = z.object({ venueId: id, active: z.enum(["true", "false"]) });

export const closedDateSchema = z.object({ venueId: id, date: isoDate, reason: optionalText(200) });

export const removeClosedDateSchema = z.object({ venueId: id, date: isoDate });

export const venuePhotoSchema = z.object({
  venueId: id,
  caption: optionalText(200),
  photo: z
    .instanceof(File, { message: "venues.manage.errors.photoRequired" })
    .refine((file) => file.size > 0, "venues.manage.errors.photoRequired"),
});
export type VenuePhotoInput = z.output<typeof venuePhotoSchema>;

export const removeVenuePhotoSchema = z.object({ venueId: id, photoId: id });

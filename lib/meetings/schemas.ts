import { z } from "zod";
import { checkbox, id, optionalText, text, toIdList } from "@/lib/core/forms/fields";
import { parseBeijingLocalInput } from "@/lib/core/time/beijing";
import { isWebUrl } from "./form-values";

export const meetingKinds = ["PLENARY", "JOINT", "SPECIAL_SESSION"] as const;
export const rsvpAnswers = ["ATTEND", "DELEGATE", "EXCUSED"] as const;

const version = z.coerce.number("core.validation.invalid").int().min(0);

/** A datetime-local value read as Beijing time. */
const beijingDateTime = z
  .string()
  .trim()
  .min(1)
  .transform((value, context) => {
    const date = parseBeijingLocalInput(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "meetings.meeting.errors.dateTime" });
      return z.NEVER;
    }
    return date;
  });

const optionalBeijingDateTime = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? "")
  .pipe(z.union([z.literal("").transform(() => null), beijingDateTime]));

/** An optional <select> of ids: the blank choice means none. */
const optionalId = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  id.optional().transform((value) => value ?? null),
);

const onlineUrl = optionalText(500).refine(
  (value) => value === "" || isWebUrl(value),
  "meetings.meeting.errors.onlineUrl",
);

const meetingFields = z.object({
  kind: z.enum(meetingKinds),
  title: text(160),
  startsAt: beijingDateTime,
  endsAt: optionalBeijingDateTime,
  venueId: optionalId,
  place: optionalText(200),
  onlineUrl,
  hostUnitId: optionalId,
  isPublic: checkbox,
  // Checkboxes named "invite": absent, one value or several.
  invite: z.preprocess(toIdList, z.array(id).max(1000)),
});

type MeetingFields = z.output<typeof meetingFields>;

// Rules across fields, each tied to the control the admin has to fix.
function checkMeeting(input: MeetingFields, context: z.RefinementCtx) {
  if (input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) {
    context.addIssue({ code: "custom", path: ["endsAt"], message: "meetings.meeting.errors.endBeforeStart" });
  }
  if (input.venueId === null && input.place === "" && input.onlineUrl === "") {
    context.addIssue({ code: "custom", path: ["place"], message: "meetings.meeting.errors.placeRequired" });
  }
  if (input.invite.length === 0) {
    context.addIssue({ code: "custom", path: ["invite"], message: "meetings.meeting.errors.inviteRequired" });
  }
}

export const scheduleMeetingSchema = meetingFields.superRefine(checkMeeting);
export type ScheduleMeetingInput = z.output<typeof scheduleMeetingSchema>;

export const updateMeetingSchema = meetingFields.extend({ meetingId: id, version }).superRefine(checkMeeting);
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;

export const cancelMeetingSchema = z.object({ meetingId: id, reason: text(500) });
export type CancelMeetingInput = z.output<typeof cancelMeetingSchema>;

export const meetingIdSchema = z.object({ meetingId: id });
export type MeetingIdInput = z.output<typeof meetingIdSchema>;

export const remindSchema = z.object({ meetingId: id, unitId: optionalId });
export type RemindInput = z.output<typeof remindSchema>;

export const respondSchema = z
  .object({
    meetingId: id,
    response: z.enum(rsvpAnswers),
    delegateName: optionalText(60),
    excuseReason: optionalText(500),
  })
  .superRefine((input, context) => {
    if (input.response === "DELEGATE" && input.delegateName === "") {
      context.addIssue({
        code: "custom",
        path: ["delegateName"],
        message: "meetings.meeting.errors.delegateRequired",
      });
    }
    if (input.response === "EXCUSED" && input.excuseReason === "") {
      context.addIssue({
        code: "custom",
        path: ["excuseReason"],
        message: "meetings.meeting.errors.reasonRequired",
      });
    }
  });
export type RespondInput = z.output<typeof respondSchema>;

/** `?year=` of /admin/meetings (the admin overview's link): a four-digit year, else every year. */
export function parseYearParam(value: string | string[] | undefined): number | null {
  const parsed = z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(z.number().min(2000).max(2100))
    .safeParse(value);
  return parsed.success ? parsed.data : null;
}

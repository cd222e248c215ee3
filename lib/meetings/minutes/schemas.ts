import { z } from "zod";
import { hasControlCharacters, id } from "@/lib/core/forms/fields";
import { maxErratumLength, maxMinutesLength } from "./limits";

/**
 * Markdown text: browsers send a textarea's line breaks as CRLF, so they are made LF first and a
 * text saved from the form equals the same text typed in the browser. Not trimmed: leading
 * spaces mean something in Markdown.
 */
const markdown = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .max(max)
        .refine((value) => value.trim().length > 0, "core.validation.required")
        .refine((value) => !hasControlCharacters(value), "core.validation.controlCharacters"),
    );

const version = z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647);

/** A save (or a merged save) of the minutes text, based on the version it was written on. */
export const saveMinutesSchema = z.object({
  meetingId: id,
  body: markdown(maxMinutesLength),
  baseVersion: version,
});
export type SaveMinutesInput = z.infer<typeof saveMinutesSchema>;

/** The autosaved draft has the same shape as a save: text and the version it is based on. */
export const minutesDraftSchema = saveMinutesSchema;

export const restoreMinutesSchema = z.object({ meetingId: id, number: id, baseVersion: version });
export type RestoreMinutesInput = z.infer<typeof restoreMinutesSchema>;

export const minutesVisibilities = ["MEMBERS", "PUBLIC"] as const;
export const publishMinutesSchema = z.object({
  meetingId: id,
  visibility: z.enum(minutesVisibilities),
  /** The version the publisher read: publishing a text that changed meanwhile is refused. */
  baseVersion: version,
});
export type PublishMinutesInput = z.infer<typeof publishMinutesSchema>;

export const minutesErratumSchema = z.object({ meetingId: id, body: markdown(maxErratumLength) });
export type MinutesErratumInput = z.infer<typeof minutesErratumSchema>;

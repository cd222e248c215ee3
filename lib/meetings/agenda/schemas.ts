import { z } from "zod";
import { id, optionalText, text } from "@/lib/core/forms/fields";

// Schemas shared by the agenda editor's forms and their server actions.

/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * Why the agenda changed after the meeting started. The form asks for it only then; whether it
 * is required is decided in the mutation, on the locked meeting row.
 */
const amendmentNote = optionalText(500);

const itemFields = {
  title: text(200),
  presenterUnitId: z.preprocess(blankToUndefined, id.optional()),
  // Blank is "required", not "too small" (z.coerce would read "" as 0).
  durationMinutes: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(600)),
  amendmentNote,
};

export const addItemSchema = z.object({ meetingId: id, ...itemFields });
export type AddItemInput = z.infer<typeof addItemSchema>;

export const updateItemSchema = z.object({ meetingId: id, itemId: id, ...itemFields });
export type UpdateItemInput = z.infer<typeof updateItemSchema>;

export const deleteItemSchema = z.object({ meetingId: id, itemId: id, amendmentNote });
export type DeleteItemInput = z.infer<typeof deleteItemSchema>;

export const moveItemSchema = z.object({
  meetingId: id,
  itemId: id,
  direction: z.enum(["up", "down"], "core.validation.choice"),
  amendmentNote,
});
export type MoveItemInput = z.infer<typeof moveItemSchema>;

export const uploadAttachmentSchema = z.object({
  meetingId: id,
  itemId: id,
  // An empty file input still sends a File of size 0: both mean "choose a file".
  file: z
    .instanceof(File, { message: "meetings.agenda.errors.fileRequired" })
    .superRefine((file, context) => {
      if (file.size > 0) return;
      const chosen = file.name !== "";
      context.addIssue({
        code: "custom",
        message: chosen ? "meetings.agenda.errors.fileEmpty" : "meetings.agenda.errors.fileRequired",
      });
    }),
  amendmentNote,
});
export type UploadAttachmentInput = z.infer<typeof uploadAttachmentSchema>;

export const deleteAttachmentSchema = z.object({ meetingId: id, attachmentId: id, amendmentNote });
export type DeleteAttachmentInput = z.infer<typeof deleteAttachmentSchema>;

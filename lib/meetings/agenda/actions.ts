"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { meetingChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { addAgendaAttachment } from "./add-attachment";
import { addAgendaItem as addItemMutation } from "./add-item";
import { deleteAgendaItem as deleteItemMutation } from "./delete-item";
import { moveAgendaItem as moveItemMutation } from "./move-item";
import { removeAgendaAttachment } from "./remove-attachment";
import { updateAgendaItem as updateItemMutation } from "./update-item";
import {
  addItemSchema,
  deleteAttachmentSchema,
  deleteItemSchema,
  moveItemSchema,
  updateItemSchema,
  uploadAttachmentSchema,
} from "./schemas";

// The agenda is the committee's to set: every write needs meetings.manage (admins). Whether
// the meeting is cancelled or started is checked on the locked meeting row in each mutation.
const paths = (input: { meetingId: number }) => [
  `/admin/meetings/${input.meetingId}/agenda`,
  ...meetingChanged(input.meetingId),
  `/meetings/${input.meetingId}/print`,
];

export async function addAgendaItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addItemSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      const id = await addItemMutation(actor.id, input);
      return success("meetings.agenda.itemAdded", { id });
    },
    revalidate: paths,
  });
}

export async function updateAgendaItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateItemSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await updateItemMutation(actor.id, input);
      return success("meetings.agenda.itemSaved");
    },
    revalidate: paths,
  });
}

export async function deleteAgendaItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: deleteItemSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await deleteItemMutation(actor.id, input);
      return success("meetings.agenda.itemDeleted");
    },
    revalidate: paths,
  });
}

export async function moveAgendaItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: moveItemSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      const moved = await moveItemMutation(actor.id, input);
      // The new place is announced to screen-reader users, who cannot see the list reorder.
      return { ok: true, message: { key: "meetings.agenda.itemMoved", values: moved }, data: moved };
    },
    revalidate: paths,
  });
}

export async function uploadAgendaAttachment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: uploadAttachmentSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      const id = await addAgendaAttachment(actor.id, input);
      return success("meetings.agenda.attachmentAdded", { id });
    },
    revalidate: paths,
  });
}

export async function deleteAgendaAttachment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: deleteAttachmentSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await removeAgendaAttachment(actor.id, input);
      return success("meetings.agenda.attachmentDeleted");
    },
    revalidate: paths,
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { unitPageOf } from "@/lib/core/site/unit-pages";
import { everyUnitPage } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { addCommitmentPhoto, removeCommitmentPhoto } from "./commitment-photos";
import { createCommitmentRecord, deleteCommitmentRecord, updateCommitmentRecord } from "./record-commitment";
import { confirmCommitmentRecord, returnCommitmentRecord } from "./review-commitment";
import {
  confirmRecordSchema,
  createRecordSchema,
  deleteRecordSchema,
  photoSchema,
  removePhotoSchema,
  returnRecordSchema,
  updateRecordSchema,
} from "./schemas";

// A secretary's commitment records (/my/commitments) and the admin's review of them
// (/admin/commitments). The unit is always the actor's own; a unit id in a form is ignored.
// Admins have no unit and record nothing (commitment.record is a secretary's); only admins
// review (commitment.review).

// A unit's public page shows its commitments' statuses and evidence titles: a secretary's
// change expires their own unit's page; an admin's review (record's unit not at hand) all of them.
const workspace = ["/my", "/my/commitments", "/admin/commitments"];
const paths = async (_input: unknown, actor: { unitId: number | null }) => [
  ...workspace,
  ...(actor.unitId === null ? everyUnitPage() : await unitPageOf(actor.unitId)),
];
const withRecord = async (input: { id?: number; recordId?: number }, actor: { unitId: number | null }) => [
  ...(await paths(input, actor)),
  `/my/commitments/${input.id ?? input.recordId}`,
];

export async function createMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createRecordSchema,
    authorize: "commitment.record",
    run: async (input, actor) => {
      const id = await createCommitmentRecord(actor.id, actor.unitId, input);
      return success("activities.commitments.recordSubmitted", { id });
    },
    revalidate: paths,
  });
}

export async function updateMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateRecordSchema,
    authorize: "commitment.record",
    run: async (input, actor) => {
      const version = await updateCommitmentRecord(actor.id, actor.unitId, input);
      return success("activities.commitments.recordResubmitted", { version });
    },
    revalidate: withRecord,
  });
}

export async function deleteMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: deleteRecordSchema,
    authorize: "commitment.record",
    run: async (input, actor) => {
      await deleteCommitmentRecord(actor.id, actor.unitId, input);
      return success("activities.commitments.recordDeleted", { deleted: true });
    },
    revalidate: paths,
  });
}

export async function uploadCommitmentPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: photoSchema,
    authorize: "commitment.record",
    run: async (input, actor) => {
      await addCommitmentPhoto(actor.id, actor.unitId, input);
      return success("activities.commitments.photoAdded");
    },
    revalidate: withRecord,
  });
}

export async function deleteCommitmentPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removePhotoSchema,
    authorize: "commitment.record",
    run: async (input, actor) => {
      await removeCommitmentPhoto(actor.id, actor.unitId, input);
      return success("activities.commitments.photoRemoved");
    },
    revalidate: withRecord,
  });
}

export async function confirmCommitment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: confirmRecordSchema,
    authorize: "commitment.review",
    run: async (input, actor) => {
      await confirmCommitmentRecord(actor.id, input);
      return success("activities.commitments.confirmed");
    },
    revalidate: withRecord,
  });
}

export async function returnCommitment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: returnRecordSchema,
    authorize: "commitment.review",
    run: async (input, actor) => {
      await returnCommitmentRecord(actor.id, input);
      return success("activities.commitments.returned");
    },
    revalidate: withRecord,
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
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
// Admins have no unit: the policy would let them update any unit, so the secretary's actions
// refuse them explicitly; only admins review.

function secretaryOf(actor: CurrentUser | null): CurrentUser & { unitId: number } {
  if (!actor || actor.role !== "SECRETARY" || actor.unitId === null) {
    throw new DomainError("core.errors.forbidden");
  }
  return { ...actor, unitId: actor.unitId };
}

const ownUnit = (actor: CurrentUser) => ({ action: "unit.update" as const, unitId: actor.unitId ?? 0 });
const admin = () => ({ action: "admin.access" as const });

// Unit pages render per request, so only the cached workspace and grid need refreshing.
const paths = ["/my", "/my/commitments", "/admin/commitments"];
const withRecord = (input: { id?: number; recordId?: number }) => [
  ...paths,
  `/my/commitments/${input.id ?? input.recordId}`,
];

export async function createMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createRecordSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const id = await createCommitmentRecord(me.id, me.unitId, input);
      return success("activities.commitments.recordSubmitted", { id });
    },
    revalidate: paths,
  });
}

export async function updateMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateRecordSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const version = await updateCommitmentRecord(me.id, me.unitId, input);
      return success("activities.commitments.recordResubmitted", { version });
    },
    revalidate: withRecord,
  });
}

export async function deleteMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: deleteRecordSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      await deleteCommitmentRecord(me.id, me.unitId, input);
      return success("activities.commitments.recordDeleted", { deleted: true });
    },
    revalidate: paths,
  });
}

export async function uploadCommitmentPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: photoSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      await addCommitmentPhoto(me.id, me.unitId, input);
      return success("activities.commitments.photoAdded");
    },
    revalidate: withRecord,
  });
}

export async function deleteCommitmentPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removePhotoSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      await removeCommitmentPhoto(me.id, me.unitId, input);
      return success("activities.commitments.photoRemoved");
    },
    revalidate: withRecord,
  });
}

export async function confirmCommitment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: confirmRecordSchema,
    authorize: admin,
    run: async (input, actor) => {
      await confirmCommitmentRecord(actor!.id, input);
      return success("activities.commitments.confirmed");
    },
    revalidate: withRecord,
  });
}

export async function returnCommitment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: returnRecordSchema,
    authorize: admin,
    run: async (input, actor) => {
      await returnCommitmentRecord(actor!.id, input);
      return success("activities.commitments.returned");
    },
    revalidate: withRecord,
  });
}

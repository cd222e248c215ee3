"use server";

import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { success, type FormState } from "@/lib/forms/form-state";
import { createCommitmentRecord, deleteCommitmentRecord, updateCommitmentRecord } from "./record-commitment";
import { createRecordSchema, deleteRecordSchema, updateRecordSchema } from "./schemas";

// A secretary's commitment records (/my/commitments). The unit is always the actor's own; a
// unit id in the form is ignored. Admins have no unit: the policy would let them update any
// unit, so these actions refuse them explicitly (they read the grid at /admin/commitments).

function secretaryOf(actor: CurrentUser | null): CurrentUser & { unitId: number } {
  if (!actor || actor.role !== "SECRETARY" || actor.unitId === null) {
    throw new DomainError("errors.forbidden");
  }
  return { ...actor, unitId: actor.unitId };
}

// Unit pages render per request, so only the cached workspace and grid need refreshing.
const paths = ["/my", "/my/commitments", "/admin/commitments"];

export async function createMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createRecordSchema,
    authorize: (actor) => ({ action: "unit.update", unitId: actor.unitId ?? 0 }),
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const id = await createCommitmentRecord(me.id, me.unitId, input);
      return success("commitments.recordCreated", { id });
    },
    revalidate: paths,
  });
}

export async function updateMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateRecordSchema,
    authorize: (actor) => ({ action: "unit.update", unitId: actor.unitId ?? 0 }),
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      const version = await updateCommitmentRecord(me.id, me.unitId, input);
      return success("commitments.recordSaved", { version });
    },
    revalidate: paths,
  });
}

export async function deleteMyCommitmentRecord(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: deleteRecordSchema,
    authorize: (actor) => ({ action: "unit.update", unitId: actor.unitId ?? 0 }),
    run: async (input, actor) => {
      const me = secretaryOf(actor);
      await deleteCommitmentRecord(me.id, me.unitId, input);
      return success("commitments.recordDeleted");
    },
    revalidate: paths,
  });
}

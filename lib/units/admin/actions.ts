"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { everyUnitPage, unitChanged, unitsEdited } from "@/lib/core/site/revalidate-public";
import { failure, success, type FormState } from "@/lib/core/forms/form-state";
import { changeUnitStatus } from "./change-unit-status";
import { createUnit as createUnitMutation } from "./create-unit";
import { dryRunImport, importUnits as importUnitsMutation, type ImportOutcome } from "./import-units";
import type { ImportState } from "./import-state";
import type { LifecycleStep } from "./lifecycle";
import {
  importFileSchema,
  statusChangeSchema,
  unitFormSchema,
  updateUnitSchema,
  withdrawSchema,
  type StatusChangeInput,
} from "./schemas";
import { updateUnit as updateUnitMutation } from "./update-unit";

// Admin actions on member units (permission units.manage). Every one goes through runAction.

const unitPaths = (id?: number) => ["/admin", "/admin/units", ...(id ? [`/admin/units/${id}`] : [])];
// A new unit's address may have been asked for before (a cached "not found"); an edited or
// suspended unit's name and status show wherever the unit appears (rare: a route-wide expiry).
const newUnitPaths = () => [...unitPaths(), ...unitChanged(), ...everyUnitPage()];
const editedUnitPaths = (id: number) => [...unitPaths(id), ...unitsEdited()];

export async function createUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: unitFormSchema,
    authorize: "units.manage",
    run: async (input, actor) => {
      const { id } = await createUnitMutation(actor.id, input);
      return success("units.admin.created", { id });
    },
    revalidate: newUnitPaths(),
  });
}

export async function updateUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateUnitSchema,
    authorize: "units.manage",
    run: async (input, actor) => {
      const { version } = await updateUnitMutation(actor.id, input);
      return success("units.admin.saved", { version });
    },
    revalidate: (input) => editedUnitPaths(input.id),
  });
}

function lifecycleAction(step: LifecycleStep, schema: typeof statusChangeSchema | typeof withdrawSchema) {
  return (formData: FormData) =>
    runAction(formData, {
      schema,
      authorize: "units.manage",
      run: async (input: StatusChangeInput, actor) => {
        await changeUnitStatus(actor.id, step, input);
        return success(`units.admin.lifecycle.done.${step}`);
      },
      revalidate: (input: StatusChangeInput) => editedUnitPaths(input.id),
    });
}

const suspend = lifecycleAction("suspend", statusChangeSchema);
const reactivate = lifecycleAction("reactivate", statusChangeSchema);
const withdraw = lifecycleAction("withdraw", withdrawSchema);

export async function suspendUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return suspend(formData);
}

export async function reactivateUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return reactivate(formData);
}

export async function withdrawUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return withdraw(formData);
}

/** The import's outcome as form state; the preview and the created units ride along. */
function importState(outcome: ImportOutcome, stage: "checked" | "imported"): ImportState {
  if ("fileError" in outcome) {
    // Shown by the file field, like any other field's error.
    const { key, values } = outcome.fileError;
    return { ...failure(key, values, { file: [outcome.fileError] }), fileError: outcome.fileError };
  }
  if (!outcome.ok) {
    const count = outcome.preview.rowsWithIssues;
    return { ...failure("units.admin.import.rowsHaveIssues", { count }), preview: outcome.preview };
  }
  const count = outcome.preview.rows.length;
  const key = stage === "checked" ? "units.admin.import.checkedOk" : "units.admin.import.imported";
  return {
    ok: true,
    stage,
    message: { key, values: { count } },
    // After the import the page lists the new units; the preview is not sent again.
    ...(stage === "imported" ? { imported: outcome.imported } : { preview: outcome.preview }),
  };
}

// runAction's type knows only FormState; the extra fields it passes through are ImportState's.
export async function dryRunUnitImport(_previous: FormState, formData: FormData): Promise<ImportState> {
  return runAction(formData, {
    schema: importFileSchema,
    authorize: "units.manage",
    run: async (input) => importState(await dryRunImport(input.file), "checked"),
  });
}

export async function importUnits(_previous: FormState, formData: FormData): Promise<ImportState> {
  return runAction(formData, {
    schema: importFileSchema,
    authorize: "units.manage",
    run: async (input, actor) =>
      importState(await importUnitsMutation(actor.id, input.file, input.checkedHash), "imported"),
    revalidate: newUnitPaths(),
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { failure, success, type FormState } from "@/lib/core/forms/form-state";
import { assignLead as assignLeadMutation, unassignLead as unassignLeadMutation } from "./assign-lead";
import {
  checkActivityFile as checkItemFile,
  importActivityFile as importItemFile,
} from "./import/import-activities";
import type { ItemImportState } from "./import-state";
import { moveActivity as moveItemMutation } from "./move-activity";
import { cancelActivity } from "@/lib/activities/lifecycle/cancel-activity";
import { deleteItem as deleteItemMutation } from "./remove-item";
import { createActivity as createItemMutation, updateActivity as updateItemMutation } from "./save-activity";
import * as s from "./schemas";
import { createPlanYear, setPlanYearPublished, updatePlanYear } from "./years";

// Building the year's list is the district committee's work: every action needs plan.manage.
const yearPaths = (year: number) => ["/admin/plan", `/admin/plan/${year}`, "/plan"];
const itemPaths = () => ["/admin/plan", "/plan"];

export async function createYear(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.createYearSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await createPlanYear(actor.id, input);
      return success("activities.admin.yearCreated", { year: input.year });
    },
    revalidate: (input) => yearPaths(input.year),
  });
}

export async function updateYear(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.updateYearSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await updatePlanYear(actor.id, input);
      return success("activities.admin.yearSaved");
    },
    revalidate: (input) => yearPaths(input.year),
  });
}

export async function publishYear(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.publishYearSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await setPlanYearPublished(actor.id, input, true);
      return success("activities.admin.published");
    },
    revalidate: (input) => yearPaths(input.year),
  });
}

export async function unpublishYear(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.publishYearSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await setPlanYearPublished(actor.id, input, false);
      return success("activities.admin.unpublished");
    },
    revalidate: (input) => yearPaths(input.year),
  });
}

export async function createItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.createItemSchema,
    authorize: "plan.manage",
    run: async (input, actor) =>
      success("activities.admin.activityCreated", { id: await createItemMutation(actor.id, input) }),
    revalidate: (input) => yearPaths(input.year),
  });
}

export async function updateItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.updateItemSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await updateItemMutation(actor.id, input);
      return success("activities.admin.activitySaved");
    },
    revalidate: (input) => [...itemPaths(), `/activities/${input.id}`],
  });
}

export async function moveItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.moveItemSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await moveItemMutation(actor.id, input);
      return success("activities.admin.activityMoved");
    },
    revalidate: itemPaths,
  });
}

export async function deleteItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.deleteItemSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await deleteItemMutation(actor.id, input.id);
      return success("activities.admin.activityDeleted");
    },
    revalidate: itemPaths,
  });
}

export async function cancelItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.cancelItemSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await cancelActivity(actor, { activityId: input.id, version: input.version, reason: input.reason });
      return success("activities.admin.activityCancelled");
    },
    revalidate: (input) => [...itemPaths(), `/activities/${input.id}`],
  });
}

export async function assignLead(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.assignLeadSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await assignLeadMutation(actor.id, input);
      return success("activities.admin.leadAssigned");
    },
    revalidate: (input) => [...itemPaths(), `/activities/${input.id}`],
  });
}

export async function unassignLead(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.unassignLeadSchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await unassignLeadMutation(actor.id, input.id);
      return success("activities.admin.leadRemoved");
    },
    revalidate: (input) => [...itemPaths(), `/activities/${input.id}`],
  });
}

async function importState(
  outcome: Awaited<ReturnType<typeof importItemFile>>,
  stage: "checked" | "imported",
): Promise<ItemImportState> {
  if (!outcome.ok) {
    // Shown by the file field, like any other field's error.
    const { key, values } = outcome.fileError;
    return { ...failure(key, values, { file: [outcome.fileError] }), fileError: outcome.fileError };
  }
  const preview = {
    hash: outcome.hash,
    rowsWithIssues: outcome.rowsWithIssues,
    rows: outcome.rows.map(({ rowNumber, title, issues }) => ({ rowNumber, title, issues })),
  };
  if (outcome.rowsWithIssues > 0) {
    return {
      ...failure("activities.admin.import.rowsHaveIssues", { count: outcome.rowsWithIssues }),
      preview,
    };
  }
  const count = outcome.rows.length;
  return stage === "checked"
    ? {
        ...success("activities.admin.import.checkedOk"),
        message: { key: "activities.admin.import.checkedOk", values: { count } },
        stage,
        preview,
      }
    : {
        ...success("activities.admin.import.imported"),
        message: { key: "activities.admin.import.imported", values: { count } },
        stage,
      };
}

export async function dryRunItemImport(_previous: FormState, formData: FormData): Promise<ItemImportState> {
  return runAction(formData, {
    schema: s.importFileSchema,
    authorize: "plan.manage",
    run: async (input) => importState(await checkItemFile(input.year, input.file), "checked"),
  });
}

export async function importItems(_previous: FormState, formData: FormData): Promise<ItemImportState> {
  return runAction(formData, {
    schema: s.importFileSchema,
    authorize: "plan.manage",
    run: async (input, actor) =>
      importState(await importItemFile(actor.id, input.year, input.file, input.checkedHash), "imported"),
    revalidate: (input) => yearPaths(input.year),
  });
}

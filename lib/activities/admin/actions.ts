"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { failure, success, type FormState } from "@/lib/core/forms/form-state";
import { assignLead as assignLeadMutation, unassignLead as unassignLeadMutation } from "./assign-lead";
import { checkActivityFile, importActivityFile } from "./import/import-activities";
import type { ActivityImportState } from "./import-state";
import { moveActivity as moveActivityMutation } from "./move-activity";
import { cancelActivity as cancelActivityMutation } from "@/lib/activities/lifecycle/cancel-activity";
import { deleteActivity as deleteActivityMutation } from "./delete-activity";
import {
  createActivity as createActivityMutation,
  updateActivity as updateActivityMutation,
} from "./save-activity";
import { planChanged } from "@/lib/core/site/revalidate-public";
import * as s from "./schemas";
import { createPlanYear, setPlanYearPublished, updatePlanYear } from "./years";

// Building the year's list is the district committee's work: every action needs plan.manage.
// Its changes are rarer than the units' and may touch any lead's page (a lead reassigned, an
// activity deleted), so they expire the plan, every activity page and every unit page.
const yearPaths = (year: number) => ["/admin/plan", `/admin/plan/${year}`, ...planChanged()];
const activityPaths = () => ["/admin/plan", ...planChanged()];

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

export async function createActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.createActivitySchema,
    authorize: "plan.manage",
    run: async (input, actor) =>
      success("activities.admin.activityCreated", { id: await createActivityMutation(actor.id, input) }),
    revalidate: (input) => yearPaths(input.year),
  });
}

export async function updateActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.updateActivitySchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await updateActivityMutation(actor.id, input);
      return success("activities.admin.activitySaved");
    },
    revalidate: activityPaths,
  });
}

export async function moveActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.moveActivitySchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await moveActivityMutation(actor.id, input);
      return success("activities.admin.activityMoved");
    },
    revalidate: activityPaths,
  });
}

export async function deleteActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.deleteActivitySchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await deleteActivityMutation(actor.id, input.id);
      return success("activities.admin.activityDeleted");
    },
    revalidate: activityPaths,
  });
}

export async function cancelActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: s.cancelActivitySchema,
    authorize: "plan.manage",
    run: async (input, actor) => {
      await cancelActivityMutation(actor, {
        activityId: input.id,
        version: input.version,
        reason: input.reason,
      });
      return success("activities.admin.activityCancelled");
    },
    revalidate: activityPaths,
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
    revalidate: activityPaths,
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
    revalidate: activityPaths,
  });
}

async function importState(
  outcome: Awaited<ReturnType<typeof importActivityFile>>,
  stage: "checked" | "imported",
): Promise<ActivityImportState> {
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

export async function dryRunActivityImport(
  _previous: FormState,
  formData: FormData,
): Promise<ActivityImportState> {
  return runAction(formData, {
    schema: s.importFileSchema,
    authorize: "plan.manage",
    run: async (input) => importState(await checkActivityFile(input.year, input.file), "checked"),
  });
}

export async function importActivities(
  _previous: FormState,
  formData: FormData,
): Promise<ActivityImportState> {
  return runAction(formData, {
    schema: s.importFileSchema,
    authorize: "plan.manage",
    run: async (input, actor) =>
      importState(await importActivityFile(actor.id, input.year, input.file, input.checkedHash), "imported"),
    revalidate: (input) => yearPaths(input.year),
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { rotationChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { moveRotationDuty as moveDuty, swapDraftDuties as swapDuties } from "./edit-draft";
import { generateRotationDraft as generateDraft } from "./generate-draft";
import { addRotationPair as addPair, removeRotationPair as removePair } from "./pairs";
import { publishRotationDraft as publishDraft } from "./publish-draft";
import { saveRotationUnitTimes as saveUnitTimes, saveRotationYear as saveYear } from "./save-settings";
import {
  addRotationPairSchema,
  generateDraftSchema,
  moveDutySchema,
  publishDraftSchema,
  removeRotationPairSchema,
  saveRotationYearSchema,
  saveUnitTimesSchema,
  swapDutiesSchema,
} from "./schemas";

// The rotation (活动轮值) is the district committee's to set up, generate and publish.
const paths = ["/admin/rotation", "/my/rotation", ...rotationChanged()];

function edited(violations: number): FormState {
  return violations > 0
    ? { ok: true, message: { key: "rotation.admin.editedWithWarnings", values: { count: violations } } }
    : success("rotation.admin.edited");
}

export async function saveRotationYear(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: saveRotationYearSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => {
      await saveYear(actor, input);
      return { ok: true, message: { key: "rotation.admin.settingsSaved", values: { year: input.year } } };
    },
    revalidate: paths,
  });
}

export async function saveRotationUnitTimes(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: saveUnitTimesSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => {
      await saveUnitTimes(actor, input);
      return success("rotation.admin.timesSaved");
    },
    revalidate: paths,
  });
}

export async function addRotationPair(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addRotationPairSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => success("rotation.admin.pairAdded", { id: await addPair(actor, input) }),
    revalidate: paths,
  });
}

export async function removeRotationPair(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeRotationPairSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => {
      await removePair(actor, input);
      return success("rotation.admin.pairRemoved");
    },
    revalidate: paths,
  });
}

export async function generateRotationDraft(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: generateDraftSchema,
    authorize: "rotation.manage",
    run: (input, actor) => generateDraft(actor, input),
    revalidate: paths,
  });
}

export async function moveRotationDuty(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: moveDutySchema,
    authorize: "rotation.manage",
    run: async (input, actor) => edited(await moveDuty(actor, input)),
    revalidate: paths,
  });
}

export async function swapDraftDuties(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: swapDutiesSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => edited(await swapDuties(actor, input)),
    revalidate: paths,
  });
}

export async function publishRotationDraft(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: publishDraftSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => {
      const number = await publishDraft(actor, input);
      return { ok: true, message: { key: "rotation.admin.published", values: { number } } };
    },
    revalidate: paths,
  });
}

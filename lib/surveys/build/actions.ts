"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { createSurvey as createSurveyMutation, updateSurvey as updateSurveyMutation } from "./save-survey";
import {
  addQuestion as addQuestionMutation,
  moveQuestion as moveQuestionMutation,
  removeQuestion as removeQuestionMutation,
  updateQuestion as updateQuestionMutation,
} from "./save-question";
import { sendSurvey as sendSurveyMutation } from "./send-survey";
import {
  addQuestionSchema,
  createSurveySchema,
  moveQuestionSchema,
  removeQuestionSchema,
  sendSurveySchema,
  updateQuestionSchema,
  updateSurveySchema,
} from "./schemas";

const surveyPaths = (input: { surveyId: number }) => ["/admin/surveys", `/admin/surveys/${input.surveyId}`];

export async function createSurvey(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createSurveySchema,
    authorize: "surveys.manage",
    run: async (input, actor) =>
      success("surveys.admin.created", { id: await createSurveyMutation(actor, input) }),
    revalidate: ["/admin/surveys"],
  });
}

export async function updateSurvey(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateSurveySchema,
    authorize: "surveys.manage",
    run: async (input, actor) => {
      await updateSurveyMutation(actor, input);
      return success("surveys.admin.saved");
    },
    revalidate: surveyPaths,
  });
}

export async function addQuestion(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addQuestionSchema,
    authorize: "surveys.manage",
    run: async (input, actor) =>
      success("surveys.admin.questionAdded", { id: await addQuestionMutation(actor, input) }),
    revalidate: surveyPaths,
  });
}

export async function updateQuestion(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateQuestionSchema,
    authorize: "surveys.manage",
    run: async (input, actor) => {
      await updateQuestionMutation(actor, input);
      return success("surveys.admin.questionSaved");
    },
    revalidate: surveyPaths,
  });
}

export async function moveQuestion(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: moveQuestionSchema,
    authorize: "surveys.manage",
    run: async (input, actor) => {
      await moveQuestionMutation(actor, input);
      return success("surveys.admin.questionMoved");
    },
    revalidate: surveyPaths,
  });
}

export async function removeQuestion(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeQuestionSchema,
    authorize: "surveys.manage",
    run: async (input, actor) => {
      await removeQuestionMutation(actor, input);
      return success("surveys.admin.questionRemoved");
    },
    revalidate: surveyPaths,
  });
}

export async function sendSurvey(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: sendSurveySchema,
    authorize: "surveys.manage",
    run: async (input, actor) => {
      const count = await sendSurveyMutation(actor, input);
      return { ok: true, message: { key: "surveys.admin.sent", values: { count } } };
    },
    revalidate: (input) => [...surveyPaths(input), "/my/surveys", "/my", "/my/inbox"],
  });
}

"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { failure, fieldErrorsFrom, success, type FormState } from "@/lib/core/forms/form-state";
import { answerSchema } from "./answer-schema";
import { answerQuestionsOf } from "./queries";
import { saveAnswer } from "./save-answer";
import { answerEnvelopeSchema } from "./schemas";

// The envelope (survey, version) is checked by the pipeline; the answers themselves against the
// survey's own questions, so each mistake comes back by its question's field.
export async function answerSurvey(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: answerEnvelopeSchema,
    authorize: "survey.answer",
    run: async (input, actor) => {
      const parsed = answerSchema(await answerQuestionsOf(input.surveyId)).safeParse(input);
      if (!parsed.success)
        return failure("core.validation.checkFields", undefined, fieldErrorsFrom(parsed.error));
      await saveAnswer(actor, {
        surveyId: input.surveyId,
        responseVersion: input.responseVersion,
        answers: parsed.data,
      });
      return success("surveys.answer.saved");
    },
    revalidate: (input) => [
      "/my/surveys",
      `/my/surveys/${input.surveyId}`,
      `/admin/surveys/${input.surveyId}/results`,
      "/admin/surveys",
    ],
  });
}

"use client";

import { useTranslations } from "next-intl";
import { moveQuestion, removeQuestion } from "@/lib/surveys/build/actions";
import { ActionForm } from "@/components/core/forms/action-form";

type Props = {
  surveyId: number;
  version: number;
  questionId: number;
  first: boolean;
  last: boolean;
  number: number;
};

/** Move a question up or down, or remove it: one small form each, no dragging. */
export function QuestionTools({ surveyId, version, questionId, first, last, number }: Props) {
  const t = useTranslations("surveys.admin");
  const hidden = { surveyId, version, questionId };
  return (
    <div className="flex flex-wrap items-start gap-2">
      {first ? null : (
        <ActionForm
          action={moveQuestion}
          hidden={{ ...hidden, direction: "up" }}
          submitLabel={t("question.moveUp")}
          variant="secondary"
          aria-label={t("question.moveUpLabel", { number })}
        />
      )}
      {last ? null : (
        <ActionForm
          action={moveQuestion}
          hidden={{ ...hidden, direction: "down" }}
          submitLabel={t("question.moveDown")}
          variant="secondary"
          aria-label={t("question.moveDownLabel", { number })}
        />
      )}
      <ActionForm
        action={removeQuestion}
        hidden={hidden}
        submitLabel={t("question.remove")}
        variant="danger-outline"
        aria-label={t("question.removeLabel", { number })}
      />
    </div>
  );
}

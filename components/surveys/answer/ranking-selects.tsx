"use client";

import { useTranslations } from "next-intl";
import type { AnswerFormQuestion } from "./question-fields";

type Props = {
  question: AnswerFormQuestion;
  field: string;
  valueOf: (name: string) => string;
  set: (name: string, value: string) => void;
};

/**
 * A ranking as one select per place (q<id>r1 = first): tapping works on any phone, where
 * dragging would not; duplicates and gaps are the server's to refuse, by the question.
 */
export function RankingSelects({ question, field, valueOf, set }: Props) {
  const t = useTranslations("surveys.answer");
  return question.options.map((_, index) => {
    const name = `${field}r${index + 1}`;
    return (
      <div key={name} className="flex items-center gap-3">
        <label htmlFor={name} className="w-20 shrink-0 text-sm font-medium">
          {t("rank", { rank: index + 1 })}
        </label>
        <select
          id={name}
          name={name}
          className="control"
          value={valueOf(name)}
          onChange={(event) => set(name, event.target.value)}
        >
          <option value="">{t("rankChoose")}</option>
          {question.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  });
}

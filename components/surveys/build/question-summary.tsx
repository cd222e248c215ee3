import { getTranslations } from "next-intl/server";

type Props = {
  question: {
    kind: string;
    prompt: string;
    required: boolean;
    allowOther: boolean;
    options: Array<{ id: number; label: string }>;
  };
  number: number;
};

/** A sent survey's question as read-only text: its kind, flags and options. */
export async function QuestionSummary({ question, number }: Props) {
  const t = await getTranslations("surveys.admin");
  return (
    <li className="card-raised space-y-1 p-3">
      <p className="font-medium">
        {number}. {question.prompt}
      </p>
      <p className="text-sm text-stone-600">
        {t(`kinds.${question.kind}`)} ·{" "}
        {question.required ? t("question.requiredBadge") : t("question.optionalBadge")}
        {question.allowOther ? ` · ${t("question.otherBadge")}` : ""}
      </p>
      {question.options.length > 0 ? (
        <ul className="list-disc pl-5 text-sm">
          {question.options.map((option) => (
            <li key={option.id}>{option.label}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

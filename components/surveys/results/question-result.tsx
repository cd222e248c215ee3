import { getTranslations } from "next-intl/server";
import type { QuestionResult } from "@/lib/surveys/results/count-results";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import { BarChart, TableAlternative, type ChartBar } from "./bar-chart";

type Props = { result: QuestionResult; number: number; respondents: number };

/** One question's result: its chart with counts and percentages, and the same as a table. */
export async function QuestionResultCard({ result, number, respondents }: Props) {
  const t = await getTranslations("surveys.admin.results");
  const headingId = `question-${result.question.id}`;
  const pct = (value: number) => t("percent", { value });
  return (
    <section aria-labelledby={headingId} className="card-raised space-y-3 p-4" data-question={number}>
      <h3 id={headingId} className="font-semibold">
        {number}. {result.question.prompt}
      </h3>
      <p className="text-sm text-stone-600">
        {t("answeredOf", { answered: result.answered, respondents })}
        {result.skipped > 0 ? ` · ${t("skipped", { count: result.skipped })}` : ""}
      </p>

      {result.answered === 0 ? <p className="text-sm text-stone-600">{t("noAnswers")}</p> : null}

      {result.answered > 0 && (result.kind === "choice" || result.kind === "rating") ? (
        <>
          {result.kind === "choice" && result.multiple ? (
            <p className="text-sm text-stone-600">{t("multipleNote")}</p>
          ) : null}
          {result.kind === "rating" ? (
            <p className="text-sm">{result.mean === null ? t("noMean") : t("mean", { mean: result.mean })}</p>
          ) : null}
          <BarChart
            bars={result.bars.map((bar, index): ChartBar => ({
              key: `${index}`,
              label: result.kind === "rating" ? t("ratingLabel", { value: bar.label }) : bar.label,
              value: bar.count,
              caption: t("countPercent", { count: bar.count, percent: bar.percent }),
              width: bar.percent,
            }))}
          />
          <TableAlternative summary={t("asTable")}>
            <Table caption={result.question.prompt} className="min-w-[16rem]">
              <thead>
                <HeadRow>
                  <Th>{result.kind === "rating" ? t("rating") : t("option")}</Th>
                  <Th numeric>{t("count")}</Th>
                  <Th numeric>{t("share")}</Th>
                </HeadRow>
              </thead>
              <tbody>
                {result.bars.map((bar, index) => (
                  <BodyRow key={index}>
                    <Th scope="row">{bar.label}</Th>
                    <Td numeric>{bar.count}</Td>
                    <Td numeric>{pct(bar.percent)}</Td>
                  </BodyRow>
                ))}
              </tbody>
            </Table>
          </TableAlternative>
          {result.kind === "choice" && result.others.length > 0 ? (
            <div className="space-y-1">
              <h4 className="text-sm font-medium">{t("otherTexts")}</h4>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {result.others.map((other, index) => (
                  <li key={index}>
                    {other.text} <span className="text-stone-600">— {other.unitName}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}

      {result.answered > 0 && result.kind === "ranking" ? (
        <>
          <p className="text-sm text-stone-600">{t("rankingNote")}</p>
          <BarChart
            bars={result.ranks.map((rank) => ({
              key: `${rank.optionId}`,
              label: rank.label,
              value: rank.meanRank,
              caption: t("rankCaption", { mean: rank.meanRank, first: rank.firstPlace }),
              // A mean rank of 1 fills the bar, the last rank leaves it nearly empty.
              width:
                rank.meanRank === 0
                  ? 0
                  : (100 * (result.ranks.length + 1 - rank.meanRank)) / result.ranks.length,
            }))}
          />
          <TableAlternative summary={t("asTable")}>
            <Table caption={result.question.prompt} className="min-w-[20rem]">
              <thead>
                <HeadRow>
                  <Th>{t("option")}</Th>
                  <Th numeric>{t("meanRank")}</Th>
                  <Th numeric>{t("firstPlace")}</Th>
                  <Th numeric>{t("share")}</Th>
                </HeadRow>
              </thead>
              <tbody>
                {result.ranks.map((rank) => (
                  <BodyRow key={rank.optionId}>
                    <Th scope="row">{rank.label}</Th>
                    <Td numeric>{rank.meanRank}</Td>
                    <Td numeric>{rank.firstPlace}</Td>
                    <Td numeric>{pct(rank.firstPercent)}</Td>
                  </BodyRow>
                ))}
              </tbody>
            </Table>
          </TableAlternative>
        </>
      ) : null}

      {result.answered > 0 && result.kind === "text" ? (
        <ul className="space-y-2 text-sm">
          {result.texts.map((entry, index) => (
            <li key={index} className="rounded bg-stone-50 p-2">
              <p className="break-words whitespace-pre-line">{entry.text}</p>
              <p className="text-stone-600">— {entry.unitName}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { joiningCounts, meetingCounts } from "@/lib/activities/commitments/rules";
import { commitments } from "@/lib/activities/commitments/score";

/**
 * Which activities and meetings count for which commitment, written from the same constants
 * the mutations enforce (lib/activities/commitments/rules.ts): the admin's help text and the secretary's
 * form hint.
 */
export async function RulesHelp({ open = false }: { open?: boolean }) {
  const t = await getTranslations("activities.commitments");
  return (
    <details open={open} className="rounded-lg border border-stone-200 bg-white p-3 text-sm" data-rules>
      <summary className="min-h-6 cursor-pointer font-medium text-brand-700">{t("rules.title")}</summary>
      <div className="mt-2 space-y-2 text-stone-700">
        <p>{t("rules.review")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {commitments.map((c) => (
            <li key={c} data-commitment={c}>
              {t("rules.commitment", {
                commitment: t(`commitment.${c}`),
                join: joiningCounts.includes(c) ? "yes" : "no",
                meeting: meetingCounts.includes(c) ? "yes" : "no",
              })}
            </li>
          ))}
        </ul>
        <p>{t("rules.conditions")}</p>
      </div>
    </details>
  );
}

import { getTranslations } from "next-intl/server";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { MeetingDecision } from "@/lib/meetings/decisions/queries";

/** The status reports on one decision, newest first: change, note, who and when. */
export async function DecisionHistory({ updates }: { updates: MeetingDecision["updates"] }) {
  const t = await getTranslations("meetings.decisions");
  if (updates.length === 0) return <p className="text-sm text-stone-600">{t("historyEmpty")}</p>;
  return (
    <ol className="space-y-2" aria-label={t("history")}>
      {updates.map((update) => (
        <li key={update.id} className="border-l-2 border-stone-300 pl-3 text-sm">
          <p className="font-medium">
            {update.fromStatus === update.toStatus
              ? t("historyProgress", { status: t(`status.${update.toStatus}`) })
              : t("historyChange", {
                  from: t(`status.${update.fromStatus}`),
                  to: t(`status.${update.toStatus}`),
                })}
          </p>
          <p className="whitespace-pre-line break-words text-stone-800">{update.note}</p>
          <p className="text-stone-600">
            {update.actor.unit
              ? t("historyByUnit", { name: update.actor.name, unit: update.actor.unit.name })
              : update.actor.name}{" "}
            · <time dateTime={update.createdAt.toISOString()}>{formatBeijingDateTime(update.createdAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/core/auth/session";
import { isDecisionOverdue, isoDay } from "@/lib/meetings/decisions/order";
import { beijingToday } from "@/lib/core/time/beijing";
import { areDecisionsPublic, getMeetingDecisions } from "@/lib/meetings/decisions/queries";
import { canWriteMinutes } from "@/lib/meetings/access";
import { getMeetingBasics } from "@/lib/meetings/queries";
import { DecisionStatus } from "./decision-status";

/**
 * The decisions on a meeting's page. Members always see them; visitors only once the meeting
 * is public and its minutes were published for the public (decisions belong to the minutes).
 */
export async function DecisionsSection({ meetingId }: { meetingId: number }) {
  const viewer = await getCurrentUser();
  if (!viewer && !(await areDecisionsPublic(meetingId))) return null;
  const [t, decisions, meeting] = await Promise.all([
    getTranslations("meetings.decisions"),
    getMeetingDecisions(meetingId),
    getMeetingBasics(meetingId),
  ]);
  if (!meeting) return null;
  const canWrite = canWriteMinutes(viewer, meeting);
  if (decisions.length === 0 && !canWrite) return null;
  const today = beijingToday();
  return (
    <section aria-labelledby="meeting-decisions-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="meeting-decisions-heading" className="text-lg font-semibold">
          {t("section.heading")}
        </h2>
        {viewer ? (
          <Link href={`/meetings/${meetingId}/decisions`} className="text-sm text-brand-700 underline">
            {canWrite ? t("section.manage") : t("section.details")}
          </Link>
        ) : null}
      </div>
      {decisions.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2">
          {decisions.map((decision) => (
            <li key={decision.id} className="rounded-lg bg-white p-3 shadow-sm">
              <p className="font-medium break-words">{decision.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
                <span>{t("ownedBy", { unit: decision.ownerUnit.name })}</span>
                <span>{t("dueOn", { date: isoDay(decision.dueOn) })}</span>
                <DecisionStatus status={decision.status} overdue={isDecisionOverdue(decision, today)} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

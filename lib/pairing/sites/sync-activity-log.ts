import type { Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { replaceEntryRows } from "./entry-rows";

// The service log's summary holds 1,000 characters; a report's summary may be longer.
const summaryLimit = 1000;

function shortened(summary: string): string {
  return summary.length <= summaryLimit ? summary : `${summary.slice(0, summaryLimit - 1)}…`;
}

/**
 * An activity held at a service site adds its visit to the site's log by itself: called by the
 * report's submission (and resubmission) in the report's own transaction, it writes the entry
 * from the report — its date, volunteers, hours, summary, the units that took part and the
 * results — or brings the existing entry in step (one entry per activity: unique activityId).
 * An activity without a site, or without a report, changes nothing. Returns the entry's id.
 */
export async function syncActivityServiceLog(
  tx: Tx,
  activityId: number,
  actorId: number,
): Promise<number | null> {
  const activity = await tx.activity.findUnique({
    where: { id: activityId },
    select: {
      serviceSiteId: true,
      report: {
        select: {
          actualDate: true,
          volunteerCount: true,
          serviceHours: true,
          summary: true,
          participants: { where: { count: { gt: 0 } }, select: { unitId: true }, orderBy: { unitId: "asc" } },
          results: { select: { label: true, value: true, unit: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!activity?.serviceSiteId || !activity.report) return null;
  const { report } = activity;
  const fields = {
    siteId: activity.serviceSiteId,
    servedOn: report.actualDate,
    volunteers: report.volunteerCount,
    hours: report.serviceHours,
    summary: shortened(report.summary),
  };
  const existing = await tx.serviceLogEntry.findUnique({ where: { activityId }, select: { id: true } });
  const entry = existing
    ? await tx.serviceLogEntry.update({ where: { id: existing.id }, data: fields, select: { id: true } })
    : await tx.serviceLogEntry.create({
        data: { ...fields, activityId, recordedById: actorId },
        select: { id: true },
      });
  const unitIds = report.participants.map((row) => row.unitId);
  const results = report.results.map((row) => ({
    label: row.label,
    value: Number(row.value),
    unit: row.unit,
  }));
  await replaceEntryRows(tx, entry.id, unitIds, results);
  await recordAudit(tx, {
    actorId,
    action: existing ? "serviceLog.syncUpdate" : "serviceLog.syncAdd",
    entity: "ServiceLogEntry",
    entityId: entry.id,
    after: {
      ...fields,
      servedOn: report.actualDate.toISOString().slice(0, 10),
      activityId,
      unitIds,
      results,
    },
  });
  return entry.id;
}

import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { FileError } from "@/lib/core/table-import/types";
import { activityData } from "../activity-rules";
import { readActivityFile } from "./read-activity-file";
import { validateActivityRow, type CheckedRow } from "./validate-rows";

// Dry run and import of a year's activities. Both read and check the whole file; the import writes
// all rows in one transaction or none (any issue, a different file, or a missing year).

export type ActivityImportOutcome =
  | { ok: false; fileError: FileError }
  | {
      ok: true;
      hash: string;
      encoding: string | null;
      rows: Array<CheckedRow & { title: string }>;
      rowsWithIssues: number;
    };

export async function checkActivityFile(year: number, file: File): Promise<ActivityImportOutcome> {
  const read = await readActivityFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!read.ok) return { ok: false, fileError: read.error };
  const plan = await db.planYear.findUnique({ where: { year }, select: { year: true } });
  if (!plan) return { ok: false, fileError: { key: "activities.admin.yearNotFound" } };
  const rows = read.rows.map((row) => ({ ...validateActivityRow(year, row), title: row.cells.title ?? "" }));
  return {
    ok: true,
    hash: read.hash,
    encoding: read.encoding,
    rows,
    rowsWithIssues: rows.filter((row) => row.issues.length > 0).length,
  };
}

/** Appends every row to the year's list, or nothing; returns how many were added. */
export async function importActivityFile(
  actorId: number,
  year: number,
  file: File,
  checkedHash: string | undefined,
): Promise<ActivityImportOutcome & { imported?: number }> {
  const outcome = await checkActivityFile(year, file);
  if (!outcome.ok || outcome.rowsWithIssues > 0) return outcome;
  if (outcome.hash !== checkedHash)
    return { ok: false, fileError: { key: "activities.admin.import.fileChanged" } };
  const imported = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT year FROM "PlanYear" WHERE year = ${year} FOR UPDATE`;
    const last = await tx.activity.aggregate({ where: { year }, _max: { position: true } });
    let position = (last._max.position ?? -1) + 1;
    for (const row of outcome.rows) {
      await tx.activity.create({ data: { ...activityData(row.input!), year, position: position++ } });
    }
    await recordAudit(tx, {
      actorId,
      action: "activity.import",
      entity: "PlanYear",
      entityId: year,
      after: { count: outcome.rows.length, hash: outcome.hash },
    });
    return outcome.rows.length;
  });
  return { ...outcome, imported };
}

import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { markClashes, markDuplicatesInFile } from "@/lib/units/admin/import/duplicates";
import { readImportFile } from "@/lib/units/admin/import/read-unit-file";
import type { FileError } from "@/lib/core/table-import/types";
import { validateRows, type CheckedRow } from "@/lib/units/admin/import/validate-rows";
import type { ImportedUnit, ImportPreview } from "./import-state";
import type { UnitInput } from "./schemas";

type Checked = { ok: false; fileError: FileError } | { ok: true; preview: ImportPreview; rows: CheckedRow[] };

/** Reads the file and validates every row on its own and against the others (no database). */
async function checkFile(file: File): Promise<Checked> {
  const read = await readImportFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!read.ok) return { ok: false, fileError: read.error };
  const rows = markDuplicatesInFile(validateRows(read.rows));
  return {
    ok: true,
    rows,
    preview: { fileName: file.name, hash: read.hash, encoding: read.encoding, rows: [], rowsWithIssues: 0 },
  };
}

/** Adds clashes with existing units and completes the preview. */
async function checkAgainstUnits(tx: Tx, checked: Extract<Checked, { ok: true }>) {
  const names = checked.rows.map((row) => row.cells.name).filter(Boolean);
  const slugs = checked.rows.map((row) => row.cells.slug).filter(Boolean);
  const existing = await tx.unit.findMany({
    where: { OR: [{ name: { in: names } }, { slug: { in: slugs } }] },
    select: { name: true, slug: true },
  });
  const rows = markClashes(checked.rows, {
    names: new Set(existing.map((unit) => unit.name)),
    slugs: new Set(existing.map((unit) => unit.slug)),
  });
  const preview: ImportPreview = {
    ...checked.preview,
    rows: rows.map(({ rowNumber, cells, issues }) => ({ rowNumber, cells, issues })),
    rowsWithIssues: rows.filter((row) => row.issues.length > 0).length,
  };
  const units = preview.rowsWithIssues === 0 ? rows.map((row) => row.input as UnitInput) : null;
  return { preview, units };
}

export type ImportOutcome =
  | { ok: false; fileError: FileError }
  | { ok: false; preview: ImportPreview }
  | { ok: true; preview: ImportPreview; imported: ImportedUnit[] };

/** Step 1: what importing this file would do, with every row's problems. Writes nothing. */
export async function dryRunImport(file: File): Promise<ImportOutcome> {
  const checked = await checkFile(file);
  if (!checked.ok) return checked;
  // A read-only transaction only because the check is written against the transaction type.
  const { preview, units } = await db.$transaction((tx) => checkAgainstUnits(tx, checked));
  return units ? { ok: true, preview, imported: [] } : { ok: false, preview };
}

/**
 * Step 2: validates the file again (the client's dry run proves nothing to the server) and,
 * only if no row has a problem, creates all its units in one transaction with an audit record
 * each: all or nothing.
 */
export async function importUnits(actorId: number, file: File, checkedHash?: string): Promise<ImportOutcome> {
  const checked = await checkFile(file);
  if (!checked.ok) return checked;
  if (checkedHash && checked.preview.hash !== checkedHash)
    throw new DomainError("units.admin.import.fileChanged");
  try {
    // Up to 500 units and their audit records: more than the default 5 s on a slow machine.
    return await db.$transaction(
      async (tx) => {
        const { preview, units } = await checkAgainstUnits(tx, checked);
        if (!units) return { ok: false, preview } as const;
        const created = await tx.unit.createManyAndReturn({
          data: units,
          select: { id: true, name: true, slug: true },
        });
        // RETURNING order is not promised: match created rows to file rows by slug.
        const rowBySlug = new Map(checked.rows.map((row) => [row.cells.slug, row]));
        for (const unit of created) {
          const row = rowBySlug.get(unit.slug);
          await recordAudit(tx, {
            actorId,
            action: "unit.import",
            entity: "Unit",
            entityId: unit.id,
            unitId: unit.id,
            after: { ...row?.input, file: checked.preview.fileName, row: row?.rowNumber },
          });
        }
        return { ok: true, preview, imported: created } as const;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Another import or a new unit took a name or slug after the check: nothing was written.
    if (isUniqueViolation(error)) throw new DomainError("units.admin.import.conflict");
    throw error;
  }
}

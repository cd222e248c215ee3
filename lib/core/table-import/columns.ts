import type { FileError } from "./types";

// Header handling shared by every spreadsheet import: which field each column holds, and the
// file-level errors about the header row (in the import's own catalog namespace).

export type ColumnMapping<F extends string> =
  { ok: true; columns: Array<F | null> } | { ok: false; error: FileError };

/** Case, spaces, underscores, hyphens, a "*" marking required and "(必填)" do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/[（(]\s*必填\s*[)）]/g, "")
    .replace(/[\s_*-]/g, "")
    .toLowerCase();
}

/** Columns people add for their own use (a running number); their values are not imported. */
const ignoredHeaders = new Set(["序号", "#", "no", "no."]);

export type ColumnSpec<F extends string> = {
  aliases: Record<F, readonly string[]>;
  required: readonly F[];
  /** How the expected columns are listed in the error message. */
  expected: string;
  /** The catalog namespace of the errors, e.g. "units.admin.import". */
  messages: string;
};

export function columnMapper<F extends string>(spec: ColumnSpec<F>) {
  const aliasToField = new Map<string, F>(
    (Object.keys(spec.aliases) as F[]).flatMap((field) =>
      spec.aliases[field].map((alias) => [normaliseHeader(alias), field] as const),
    ),
  );
  return (header: readonly string[]): ColumnMapping<F> => {
    const columns: Array<F | null> = [];
    const unknown: string[] = [];
    const seen = new Set<F>();
    const repeated = new Set<string>();
    for (const cell of header) {
      const key = normaliseHeader(cell);
      const field = aliasToField.get(key) ?? null;
      if (field && seen.has(field)) repeated.add(cell.trim());
      if (field) seen.add(field);
      else if (key !== "" && !ignoredHeaders.has(key)) unknown.push(cell.trim());
      columns.push(field);
    }
    const missing = spec.required.filter((field) => !seen.has(field));
    const fail = (kind: string, values: Record<string, string>): ColumnMapping<F> => ({
      ok: false,
      error: { key: `${spec.messages}.${kind}`, values },
    });
    const { expected } = spec;
    if (missing.length > 0) return fail("missingColumns", { columns: missing.join("、"), expected });
    if (unknown.length > 0) return fail("unknownColumns", { columns: unknown.join("、"), expected });
    if (repeated.size > 0) return fail("repeatedColumns", { columns: [...repeated].join("、") });
    return { ok: true, columns };
  };
}

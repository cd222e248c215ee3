// Records the SQL statements this test process sends to PostgreSQL while a function runs.
// Every statement of the app goes through the `pg` driver (lib/core/db.ts hands Prisma a pg Pool
// via @prisma/adapter-pg), so wrapping pg's Client.prototype.query sees exactly what reaches the
// server, transactions' BEGIN/COMMIT included, without changing lib/core/db.ts. Vitest runs each
// test file in its own worker, so only this file's statements are recorded.
import pg from "pg";

export type SentStatement = { text: string; values: unknown[] };

type QueryArgs = Parameters<pg.Client["query"]>;

let recording: SentStatement[] | null = null;
let installed = false;

function statementOf(args: unknown[]): SentStatement {
  const [first, second] = args;
  if (typeof first === "string") return { text: first, values: Array.isArray(second) ? second : [] };
  const config = first as { text?: string; values?: unknown[] };
  return { text: config.text ?? "", values: config.values ?? (Array.isArray(second) ? second : []) };
}

function install(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: QueryArgs) {
    recording?.push(statementOf(args));
    return (original as (...a: QueryArgs) => unknown).apply(this, args);
  } as typeof original;
}

/** Runs `work` and returns its result with every statement sent meanwhile, in order. */
export async function recordStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: SentStatement[] }> {
  install();
  if (recording) throw new Error("recordStatements does not nest");
  const statements: SentStatement[] = [];
  recording = statements;
  try {
    return { result: await work(), statements };
  } finally {
    recording = null;
  }
}

/** How many statements `work` sends to the database. */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  return (await recordStatements(work)).statements.length;
}

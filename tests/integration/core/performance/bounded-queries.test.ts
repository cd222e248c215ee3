// Signed-in pages are lean (issue 14): each page runs the same number of SQL statements on a few
// rows as on 300 units with three years of data, and at that size none of them reads a big
// table with a sequential scan. The page functions below are exactly what the pages call.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAdminPlanYear } from "@/lib/activities/admin/queries";
import { getUnitCommitments } from "@/lib/activities/commitments/queries";
import { listMyActivities } from "@/lib/activities/participation/queries";
import { countUnreadNotifications } from "@/lib/core/notifications/queries";
import { listUnitOpenDecisions } from "@/lib/meetings/decisions/queries";
import { listUnitUpcomingInvitations } from "@/lib/meetings/queries";
import { getNeedsAttention, getYearOverview, listUpcomingMeetings } from "@/lib/overview/year/queries";
import { listReportYears } from "@/lib/overview/years";
import { loadMyHome } from "@/lib/units/self-service/queries";
import { listUnitBookings } from "@/lib/venues/bookings/queries";
import { recordStatements, type SentStatement } from "../../helpers/query-counter";
import { addLargeData, addSmallData, type Subject } from "./scale-data";

// What each page renders. /my's sections (MyMeetings, MyOpenDecisions, CommitmentSummary) read
// their own data; every signed-in page's header counts the unread notifications.
const pages = {
  "/my": (s: Subject) =>
    Promise.all([
      loadMyHome(s.unitId),
      listUnitUpcomingInvitations(s.unitId),
      listUnitOpenDecisions(s.unitId),
      getUnitCommitments(s.unitId, s.year),
    ]),
  "/my/activities": (s: Subject) => listMyActivities(s.unitId),
  "/my/bookings": (s: Subject) => listUnitBookings(s.unitId),
  "/admin": (s: Subject) =>
    Promise.all([getYearOverview(s.year), getNeedsAttention(), listReportYears(), listUpcomingMeetings()]),
  "/admin/plan/<year>": (s: Subject) => loadAdminPlanYear(s.year),
  "the header's unread badge": (s: Subject) => countUnreadNotifications(s.userId),
};
type Page = keyof typeof pages;
const pageNames = Object.keys(pages) as Page[];

// Tables whose rows grow with units × years; small tables (units, venues, meetings, plan years)
// are cheaper to scan whole and the planner rightly does.
const bigTables = new Set([
  "Activity",
  "Participation",
  "ActivityReport",
  "Booking",
  "Notification",
  "MeetingInvitation",
  "Decision",
  "DecisionUpdate",
  "CommitmentRecord",
]);

type Measured = { statements: SentStatement[]; rows: number };
const small = new Map<Page, Measured>();
const large = new Map<Page, Measured>();
let subject: Subject;

/** How many rows a page function returned in all (to prove the large data reached the page). */
function rowsOf(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((sum: number, v) => sum + rowsOf(v), 0);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.values(value).reduce((sum: number, v) => sum + rowsOf(v), 0);
  }
  return 0;
}

async function measure(into: Map<Page, Measured>) {
  for (const name of pageNames) {
    const page: (s: Subject) => Promise<unknown> = pages[name];
    const { result, statements } = await recordStatements(() => page(subject));
    // The header's count is a number: the unread notifications it counted.
    into.set(name, { statements, rows: typeof result === "number" ? result : rowsOf(result) });
  }
}

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Plans?: PlanNode[];
};
type IndexInfo = { table: string; leading: string };

/** Every index of the database with its table and leading column. */
async function indexesOf(client: pg.Client): Promise<Map<string, IndexInfo>> {
  const { rows } = await client.query<{ index: string; table: string; leading: string }>(
    `SELECT ic.relname AS index, tc.relname AS table, a.attname AS leading
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
      WHERE tc.relnamespace = 'public'::regnamespace`,
  );
  return new Map(rows.map((row) => [row.index, { table: row.table, leading: row.leading }]));
}

/**
 * The big tables a plan reads whole: by a sequential scan, or by walking an index whose leading
 * column the scan's condition does not bound (the whole index, so every row, is visited).
 */
function wholeTableReads(node: PlanNode, indexes: Map<string, IndexInfo>): { table: string; node: string }[] {
  const found: { table: string; node: string }[] = [];
  const type = node["Node Type"];
  if (type === "Seq Scan" && bigTables.has(node["Relation Name"] ?? "")) {
    found.push({ table: node["Relation Name"]!, node: type });
  }
  const index = node["Index Name"] ? indexes.get(node["Index Name"]) : undefined;
  if (index && bigTables.has(index.table)) {
    const bound = new RegExp(`(^|[(\\s])"?${index.leading}"?\\s*(=|<|>|IS\\b)`);
    if (!bound.test(node["Index Cond"] ?? ""))
      found.push({ table: index.table, node: `${type} ${node["Index Name"]}` });
  }
  return [...found, ...(node.Plans ?? []).flatMap((child) => wholeTableReads(child, indexes))];
}

/**
 * The big tables these statements would read whole, with the SQL. At 300 units the big tables
 * still hold only thousands of rows, where PostgreSQL often prefers one pass over a table (a
 * hash or merge join, or ~100 of ~1,000 rows fetched by key) to index probes although an index
 * would serve. So each statement is planned on the index path (sequential scans, hash and merge
 * joins discouraged): a Seq Scan the planner still picks means no index serves that filter or
 * join, and an index walked whole means the statement reads every row anyway, which is what the
 * indexes must prevent as the tables grow.
 */
async function bigWholeTableReads(statements: SentStatement[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SET enable_seqscan = off; SET enable_hashjoin = off; SET enable_mergejoin = off");
    const indexes = await indexesOf(client);
    const found: { table: string; node: string; sql: string }[] = [];
    for (const { text, values } of statements) {
      if (!/^\s*(select|with)\b/i.test(text)) continue;
      const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
        `EXPLAIN (FORMAT JSON) ${text}`,
        values,
      );
      for (const read of wholeTableReads(rows[0]!["QUERY PLAN"][0].Plan, indexes)) {
        found.push({ ...read, sql: text });
      }
    }
    return found;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  subject = await addSmallData();
  await measure(new Map()); // warm-up: pool connections open, nothing lazily loaded later
  await measure(small);
  await addLargeData(subject, 300);
  // What autovacuum does on a live database: statistics for the planner, visibility for
  // index-only scans.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("VACUUM ANALYZE");
  await client.end();
  await measure(large);
}, 300_000);

describe("signed-in pages run a bounded number of queries", () => {
  it.each(pageNames)(
    "%s sends as many statements with 300 units and three years as with a few rows",
    (name) => {
      const [few, many] = [small.get(name)!, large.get(name)!];
      expect(few.statements.length).toBeGreaterThan(0);
      expect(many.statements.length).toBe(few.statements.length);
    },
  );

  it.each(pageNames.filter((name) => name !== "/admin"))("%s shows more rows on the large data", (name) => {
    expect(large.get(name)!.rows).toBeGreaterThan(small.get(name)!.rows);
  });
});

describe("at 300 units the pages read the big tables through indexes", () => {
  it.each(pageNames)(
    "%s: EXPLAIN shows an index serving every filter and join on a big table",
    async (name) => {
      expect(await bigWholeTableReads(large.get(name)!.statements)).toEqual([]);
    },
  );
});

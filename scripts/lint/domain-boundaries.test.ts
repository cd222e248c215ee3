// Proves the import-boundary rule (domain-boundaries.mjs) is wired into eslint.config.mjs and
// fires: each sample is linted with the project's real configuration at a path inside the tree.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RULE = "local/domain-boundaries";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary rule's messages for `source` saved at the repo-relative `filePath`. */
async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe("domain-boundaries lint rule", { timeout: 60_000 }, () => {
  it.each([
    [
      "lib/core/sample.ts",
      'import { escapeLikePattern } from "@/lib/units/directory/unit-params";',
      /shared code/,
    ],
    ["lib/core/sample.ts", 'import { escapeLikePattern } from "@/lib/units";', /shared code/],
    ["components/ui/sample.tsx", 'import { PlannedWhen } from "@/components/activities";', /shared code/],
    ["components/core/layout/sample.tsx", 'export * from "@/lib/meetings/queries";', /shared code/],
    [
      "lib/units/sample.ts",
      'import { earliestHeldDate } from "@/lib/activities/reports/dates";',
      /only through/,
    ],
    [
      "lib/activities/schedule/sample.ts",
      'export { loadVenue } from "@/lib/venues/bookings/load-venue";',
      /only through/,
    ],
    [
      "components/units/sample.tsx",
      'const m = import("@/components/activities/plan/planned-when");',
      /only through/,
    ],
    [
      "lib/meetings/agenda/sample.ts",
      'import { x } from "../attendance/code";',
      /leaves the capability folder/,
    ],
    [
      "lib/meetings/agenda/sample.ts",
      'import { x } from "../../activities/checkin/code";',
      /leaves the capability folder/,
    ],
  ])("reports %s: %s", async (filePath, source, message) => {
    const errors = await boundaryErrors(filePath, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ["lib/units/sample.ts", 'import { earliestHeldDate } from "@/lib/activities";'],
    ["lib/meetings/sample.ts", 'import { searchTextSchema } from "@/lib/units";'],
    ["lib/overview/sample.ts", 'import { listPlan } from "@/lib/activities/plan/queries";'],
    ["lib/units/admin/sample.ts", 'import { db } from "@/lib/core/db";'],
    ["components/units/sample.tsx", 'import { Badge } from "@/components/ui/badge";'],
    ["lib/units/admin/sample.ts", 'import { x } from "@/lib/units/directory/unit-params";'],
    ["lib/activities/admin/import/sample.ts", 'import { activityData } from "../activity-rules";'],
    ["lib/core/sample.ts", 'import { prisma } from "@/lib/generated/prisma/client";'],
    ["app/sample/page.tsx", 'import { x } from "@/lib/venues/bookings/load-venue";'],
    ["lib/core/http/sample.test.ts", 'import { mapTiles } from "@/lib/venues/map/tiles";'],
  ])("allows %s: %s", async (filePath, source) => {
    expect(await boundaryErrors(filePath, source)).toEqual([]);
  });
});

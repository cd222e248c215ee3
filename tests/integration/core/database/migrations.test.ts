// Integration test of the offline migration tooling (scripts/db) against a real PostgreSQL:
// applying prisma/migrations, the drift check between the migrations and the schema folder prisma/schema/,
// and the hand-written constraints at the end of the init migration.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaAgainstMigrations, hasStatements } from "@/scripts/db/migrations";
import { schemaEngineVersion } from "@/scripts/db/schema-engine";
import { createFreshDatabase, type FreshDatabase } from "@/tests/integration/helpers/fresh-database";

const MIGRATIONS = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));
const SCHEMA = fileURLToPath(new URL("../../../../prisma/schema", import.meta.url));
const MIGRATION_NAMES = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function query<R extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("offline migrations", { timeout: 60_000 }, () => {
  const databases: FreshDatabase[] = [];
  const fresh = async () => {
    const db = await createFreshDatabase("mig");
    databases.push(db);
    return db;
  };
  afterAll(async () => {
    await Promise.all(databases.map((db) => db.drop()));
  });

  it("loads the wasm engine of the installed prisma CLI", async () => {
    const require = createRequire(import.meta.url);
    const { prisma } = require("@prisma/engines-version/package.json") as {
      prisma: { enginesVersion: string };
    };
    expect(await schemaEngineVersion()).toBe(prisma.enginesVersion);
  });

  it("applies every migration to an empty database and records it like prisma migrate deploy", async () => {
    const db = await fresh();
    expect(MIGRATION_NAMES.length).toBeGreaterThan(0);
    expect(await applyMigrations(db.url)).toEqual(MIGRATION_NAMES);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>(db.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(MIGRATION_NAMES);
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }

    expect(await applyMigrations(db.url)).toEqual([]);
    const [count] = await query<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(count?.n).toBe(MIGRATION_NAMES.length);
  });

  it("lets two concurrent runs apply each migration exactly once", async () => {
    const db = await fresh();
    const [first, second] = await Promise.all([applyMigrations(db.url), applyMigrations(db.url)]);
    expect([...(first ?? []), ...(second ?? [])].sort()).toEqual(MIGRATION_NAMES);
    const [count] = await query<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(count?.n).toBe(MIGRATION_NAMES.length);
  });

  it("finds no drift between prisma/schema/ and prisma/migrations", async () => {
    const db = await fresh();
    const shadowDatabases = async () =>
      (
        await query<{ datname: string }>(
          db.url,
          "SELECT datname FROM pg_database WHERE datname LIKE 'shadow\\_%'",
        )
      ).map((row) => row.datname);
    const before = await shadowDatabases();
    const sql = await diffSchemaAgainstMigrations(db.url);
    expect(
      hasStatements(sql),
      `Schema and migrations differ; run npm run db:migration -- <name>:\n${sql}`,
    ).toBe(false);
    // The temporary shadow database is gone again.
    expect((await shadowDatabases()).filter((name) => !before.includes(name))).toEqual([]);
  });

  it("reports drift when the schema has changes that no migration contains", async () => {
    const db = await fresh();
    const dir = await mkdtemp(path.join(os.tmpdir(), "mig-drift-"));
    try {
      // A copy of the schema folder with one more file, as a new domain's models would arrive.
      const schemaPath = path.join(dir, "schema");
      await cp(SCHEMA, schemaPath, { recursive: true });
      await writeFile(path.join(schemaPath, "probe.prisma"), "model DriftProbe {\n  id Int @id\n}\n");
      const sql = await diffSchemaAgainstMigrations(db.url, { schemaPath });
      expect(hasStatements(sql)).toBe(true);
      expect(sql).toContain('CREATE TABLE "DriftProbe"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe("hand-written constraints", () => {
    let client: pg.Client;
    beforeAll(async () => {
      const db = await fresh();
      await applyMigrations(db.url);
      client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query(`
        INSERT INTO "Unit" (name, "shortName", slug, category, "orgType", "joinedOn", "updatedAt")
        VALUES ('Test unit', 'Test', 'test-unit', 'STATE_ENTERPRISE', 'COMMITTEE', '2024-01-01', now());
        INSERT INTO "User" (login, name, "passwordHash", role, "unitRole", "unitId", "updatedAt")
        VALUES ('secretary', 'S', 'x', 'SECRETARY', 'PRIMARY', (SELECT id FROM "Unit"), now());
        INSERT INTO "PlanYear" (year, title, "updatedAt") VALUES (2025, 'Plan', now());
        INSERT INTO "AuditLog" ("actorId", action, entity, "entityId")
        VALUES ((SELECT id FROM "User"), 'create', 'Unit', '1');`);
    });
    afterAll(async () => {
      await client?.end();
    });

    /** Runs `sql` in a rolled-back transaction and returns the error it raised, if any. */
    async function failureOf(sql: string, params: unknown[] = []): Promise<pg.DatabaseError | undefined> {
      await client.query("BEGIN");
      try {
        await client.query(sql, params);
        return undefined;
      } catch (error) {
        return error as pg.DatabaseError;
      } finally {
        await client.query("ROLLBACK");
      }
    }

    const UNIT = `(SELECT id FROM "Unit" WHERE slug = 'test-unit')`;
    const user = (login: string, role: "ADMIN" | "SECRETARY", withUnit: boolean): [string, unknown[]] => [
      `INSERT INTO "User" (login, name, "passwordHash", role, "unitRole", "unitId", "updatedAt")
       VALUES ($1, 'N', 'x', $2, $3, ${withUnit ? UNIT : "NULL"}, now())`,
      [login, role, role === "SECRETARY" ? "DEPUTY" : null],
    ];
    const activity = (values: Record<string, number>): [string, unknown[]] => {
      const row = { plannedMonth: 6, ...values };
      const columns = Object.keys(row).map((column) => `"${column}"`);
      const placeholders = columns.map((_, i) => `$${i + 1}`);
      return [
        `INSERT INTO "Activity" (year, title, type, commitment, "updatedAt", ${columns.join(", ")})
         VALUES (2025, 'A', 'OTHER', 'LIVELIHOOD', now(), ${placeholders.join(", ")})`,
        Object.values(row),
      ];
    };
    const venue = (column: "quantity" | "capacity", value: number): [string, unknown[]] => [
      `INSERT INTO "Venue" ("unitId", name, kind, "updatedAt", ${column}) VALUES (${UNIT}, 'V', 'GYM', now(), $1)`,
      [value],
    ];
    const planYear = (year: number): [string, unknown[]] => [
      `INSERT INTO "PlanYear" (year, title, "updatedAt") VALUES ($1, 'P', now())`,
      [year],
    ];
    const meeting = (endsAt: string | null): [string, unknown[]] => [
      `INSERT INTO "Meeting" (kind, title, "startsAt", "endsAt", "updatedAt")
       VALUES ('JOINT', 'M', '2025-05-01T10:00:00Z', $1, now())`,
      [endsAt],
    ];

    it.each<[string, [string, unknown[]], string]>([
      ["a secretary without a unit", user("s2", "SECRETARY", false), "User_role_unit_check"],
      ["an admin with a unit", user("a2", "ADMIN", true), "User_role_unit_check"],
      ["an upper-case login", user("Admin", "ADMIN", false), "User_login_lowercase_check"],
      ["planned month 0", activity({ plannedMonth: 0 }), "Activity_plannedMonth_check"],
      ["planned month 13", activity({ plannedMonth: 13 }), "Activity_plannedMonth_check"],
      ["activity capacity 0", activity({ capacity: 0 }), "Activity_capacity_check"],
      ["a negative activity position", activity({ position: -1 }), "Activity_position_check"],
      ["year 1999", planYear(1999), "PlanYear_year_check"],
      ["year 2101", planYear(2101), "PlanYear_year_check"],
      ["max leads 0", [`UPDATE "PlanYear" SET "maxLeadsPerUnit" = 0`, []], "PlanYear_maxLeadsPerUnit_check"],
      ["venue quantity 0", venue("quantity", 0), "Venue_quantity_check"],
      ["venue capacity 0", venue("capacity", 0), "Venue_capacity_check"],
      ["a meeting that ends when it starts", meeting("2025-05-01T10:00:00Z"), "Meeting_endsAt_check"],
    ])("rejects %s", async (_label, [sql, params], constraint) => {
      const error = await failureOf(sql, params);
      expect(error?.code).toBe("23514");
      expect(error?.constraint).toBe(constraint);
    });

    it("accepts rows that satisfy the constraints", async () => {
      const valid = [
        user("admin", "ADMIN", false),
        user("s3", "SECRETARY", true),
        activity({ plannedMonth: 12, capacity: 1, position: 0 }),
        planYear(2100),
        venue("capacity", 1),
        meeting(null),
        meeting("2025-05-01T11:00:00Z"),
      ];
      for (const [sql, params] of valid) expect(await failureOf(sql, params)).toBeUndefined();
    });

    it.each([
      ["UPDATE", `UPDATE "AuditLog" SET action = 'changed'`],
      ["DELETE", `DELETE FROM "AuditLog"`],
      ["TRUNCATE", `TRUNCATE "AuditLog"`],
    ])("keeps AuditLog append-only: %s is refused (%s)", async (operation, sql) => {
      const error = await failureOf(sql);
      expect(error?.code).toBe("23001");
      expect(error?.message).toBe(`AuditLog is append-only: ${operation} is not allowed`);
    });

    it("refuses to delete a user who has audit entries (they are deactivated instead)", async () => {
      const error = await failureOf(`DELETE FROM "User" WHERE login = 'secretary'`);
      // PostgreSQL 18 reports RESTRICT foreign keys as restrict_violation, older ones as foreign_key_violation.
      expect(["23503", "23001"]).toContain(error?.code);
      expect(error?.message).toMatch(/AuditLog_actorId_fkey/);
    });
  });
});

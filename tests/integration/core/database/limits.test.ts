// The pool's limits turn an exhausted pool or a runaway statement into a quick, recognisable
// error (which ends on the friendly error page) instead of a request that hangs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/core/database/limits";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelActivity } from "@/lib/activities/reports/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

type CachedClient = { $disconnect(): Promise<void> } | undefined;
const globals = globalThis as { db?: CachedClient };
const saved = { ...process.env };
let originalClient: CachedClient;

beforeAll(() => {
  // lib/core/db.ts reads the limits when it creates its client on first use: give it a fresh one.
  originalClient = globals.db;
  globals.db = undefined;
  process.env.DB_POOL_SIZE = "1";
  process.env.DB_CONNECT_TIMEOUT_MS = "1000";
  process.env.DB_STATEMENT_TIMEOUT_MS = "1500";
  process.env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = "2000";
});

afterAll(async () => {
  await globals.db?.$disconnect();
  globals.db = originalClient;
  process.env = { ...saved };
});

/** Runs `run` while a transaction holds the pool's only connection. */
async function whilePoolIsFull<T>(run: () => Promise<T>): Promise<T> {
  const { db } = await import("@/lib/core/db");
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const holding = new Promise<void>((resolve) => (started = resolve));
  const transaction = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      started();
      await held;
    },
    { timeout: 10_000 },
  );
  await holding;
  try {
    return await run();
  } finally {
    release();
    await transaction;
  }
}

async function failure(run: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await run();
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error("expected the query to fail");
}

describe("database limits", () => {
  it("fails the next query within the connect timeout while a transaction holds the only connection", async () => {
    const { db } = await import("@/lib/core/db");
    const { error, ms } = await whilePoolIsFull(() => failure(() => db.unit.count()));
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(4_000); // 1 s connect timeout, generous margin on a busy machine
    expect(await db.unit.count()).toBeGreaterThanOrEqual(0); // the pool recovers
  });

  it("answers a form with 'busy, try again' (keeping what was typed) instead of an error page", async () => {
    const secretary = await createSecretary((await createUnit()).id);
    actAs(secretary);
    const state = await whilePoolIsFull(() =>
      cancelActivity(initialFormState, formData({ activityId: 1, version: 0, reason: "暴雨预警" })),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "core.errors.databaseBusy" } });
    expect(state.values?.reason).toBe("暴雨预警");
  });

  it("cancels a statement running longer than the statement timeout", async () => {
    const { db } = await import("@/lib/core/db");
    const { error, ms } = await failure(() => db.$queryRaw`SELECT pg_sleep(10)`);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(6_000);
  });

  it("ends a session left idle inside a transaction", async () => {
    const { db } = await import("@/lib/core/db");
    const { error } = await failure(() =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await new Promise((resolve) => setTimeout(resolve, 3_000));
          await tx.$queryRaw`SELECT 1`;
        },
        { timeout: 10_000 },
      ),
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(await db.unit.count()).toBeGreaterThanOrEqual(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "@/tests/integration/helpers/tcp-proxy";

type CachedClient = { $disconnect(): Promise<void> } | undefined;
const globals = globalThis as { db?: CachedClient };

let proxy: TcpProxy;
let originalUrl: string;
let originalClient: CachedClient;

beforeAll(async () => {
  originalUrl = process.env.DATABASE_URL!;
  const target = new URL(originalUrl);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(originalUrl);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  // lib/core/db.ts creates its client on first use from DATABASE_URL; give it the proxied URL.
  originalClient = globals.db;
  globals.db = undefined;
  process.env.DATABASE_URL = viaProxy.toString();
});

afterAll(async () => {
  await globals.db?.$disconnect();
  globals.db = originalClient;
  process.env.DATABASE_URL = originalUrl;
  await proxy.close();
});

async function health() {
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("GET /api/health", () => {
  it("answers 200 with db ok while the database answers", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ok", db: "ok" } });
  });

  it("answers 503 with db down while the database is unreachable, and recovers by itself", async () => {
    await proxy.down();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ db: "down" });

    await proxy.up();
    expect(await health()).toEqual({ status: 200, body: { status: "ok", db: "ok" } });
  });
});

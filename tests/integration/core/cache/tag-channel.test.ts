import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { listenerApplicationName, TagChannel, tagChannelName } from "@/lib/core/cache/tag-channel";

// Two TagChannels stand for two app instances sharing one database (this file's own).
const connectionString = process.env.DATABASE_URL!;
const quiet = { warn: () => {}, info: () => {} };
const channels: TagChannel[] = [];

type Heard = { revalidated: string[][]; missed: number };

function instance(): { channel: TagChannel; heard: Heard } {
  const heard: Heard = { revalidated: [], missed: 0 };
  const channel = new TagChannel({
    connectionString,
    onRevalidated: (tags) => heard.revalidated.push(tags),
    onMissed: () => heard.missed++,
    log: quiet,
  });
  channels.push(channel);
  channel.start();
  return { channel, heard };
}

async function until(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("not within the time allowed");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  await Promise.all(channels.splice(0).map((channel) => channel.stop()));
});

describe("sharing tag revalidations between instances", () => {
  it("a revalidation published by one instance reaches the other within 2 s, not the sender", async () => {
    const a = instance();
    const b = instance();
    await until(() => a.channel.listening && b.channel.listening);

    await a.channel.publish(["_N_T_/zh-CN/units", "_N_T_/en/units"]);

    await until(() => b.heard.revalidated.length > 0);
    expect(b.heard.revalidated).toEqual([["_N_T_/zh-CN/units", "_N_T_/en/units"]]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.heard.revalidated).toEqual([]);
  });

  it("records each tag's revalidation time, one row per tag", async () => {
    const a = instance();
    await a.channel.publish(["_N_T_/zh-CN/plan"]);
    await a.channel.publish(["_N_T_/zh-CN/plan", "_N_T_/zh-CN/plan"]);
    const client = new pg.Client({ connectionString });
    await client.connect();
    const { rows } = await client.query(
      `SELECT "tag" FROM "CacheTagRevalidation" WHERE "tag" = '_N_T_/zh-CN/plan'`,
    );
    await client.end();
    expect(rows).toHaveLength(1);
  });

  it("revalidations published while a write is under way go out together, each settled once committed", async () => {
    const a = instance();
    const b = instance();
    await until(() => a.channel.listening && b.channel.listening);

    // The first starts a write; the next two wait for it and share the following one.
    const pages = ["_N_T_/zh-CN/plan", "_N_T_/zh-CN/units", "_N_T_/zh-CN/venues"];
    await Promise.all(pages.map((tag) => a.channel.publish([tag])));

    const client = new pg.Client({ connectionString });
    await client.connect();
    const { rows } = await client.query<{ tag: string }>(
      `SELECT "tag" FROM "CacheTagRevalidation" WHERE "tag" = ANY($1::text[]) ORDER BY "tag"`,
      [pages],
    );
    await client.end();
    expect(rows.map((row) => row.tag)).toEqual([...pages].sort());
    await until(() => b.heard.revalidated.flat().length === pages.length);
    expect(b.heard.revalidated).toEqual([[pages[0]], [pages[1], pages[2]]]);
  });

  it("on its first connect an instance treats everything cached before as stale", async () => {
    const b = instance();
    await until(() => b.channel.listening);
    expect(b.heard.missed).toBe(1);
  });

  it("after its connection was cut, an instance catches up on what it missed from the table", async () => {
    const b = instance();
    await until(() => b.channel.listening);
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    // A revalidation whose notification b never hears (recorded without NOTIFY)…
    await admin.query(
      `INSERT INTO "CacheTagRevalidation" ("tag", "revalidatedAt") VALUES ('_N_T_/zh-CN/rotation', now())`,
    );
    // …then b's LISTEN connection is cut from the server's side.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = $1`,
      [listenerApplicationName],
    );
    await admin.end();

    await until(() => b.heard.revalidated.flat().includes("_N_T_/zh-CN/rotation"), 5_000);
    expect(b.heard.missed).toBe(1); // only its first connect: the gap itself was read from the table
    await until(() => b.channel.listening);
  });

  it("ignores a payload it did not write by treating everything as revalidated", async () => {
    const b = instance();
    await until(() => b.channel.listening);
    const client = new pg.Client({ connectionString });
    await client.connect();
    await client.query("SELECT pg_notify($1, $2)", [tagChannelName, "garbage"]);
    await client.end();
    await until(() => b.heard.missed === 2);
  });
});

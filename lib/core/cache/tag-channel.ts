import { randomUUID } from "node:crypto";
import pg from "pg";
import { decodeTagMessage, encodeTagMessages } from "./notifications";

/**
 * Carries tag revalidations between app instances through PostgreSQL (see handler.ts for why).
 *
 * - publish(tags): one statement records each tag's revalidation time in
 *   "CacheTagRevalidation" and NOTIFYs the channel; PostgreSQL delivers the notification to
 *   every listening instance when it commits.
 * - One LISTEN connection per process receives the other instances' notifications. It is the
 *   only connection the cache holds open; reading a cached page never queries the database.
 * - When the LISTEN connection was down, notifications sent meanwhile are lost. On every
 *   (re)connect it first LISTENs, then reads the tags recorded since it last knew itself up to
 *   date, so nothing falls in between. On the first connect, or after a gap longer than the
 *   table keeps rows, it cannot tell what it missed and says so (onMissed).
 * - A heartbeat query notices a dead connection that TCP alone would not report.
 */
export const tagChannelName = "rz_cache_tags";
/** The LISTEN connection's application_name, to find it in pg_stat_activity. */
export const listenerApplicationName = "rz-cache-tags";

/** Rows older than this are pruned; an instance away longer than this starts over. */
const retentionMs = 7 * 24 * 60 * 60_000;
/** Subtracted from the database's clock when noting "up to date as of": an extra render, not a stale page. */
const syncMarginMs = 5_000;

export type TagChannelOptions = {
  connectionString: string;
  /** Another instance revalidated these tags. */
  onRevalidated: (tags: string[]) => void;
  /** Revalidations may have been missed and which is unknown: treat everything as revalidated. */
  onMissed: () => void;
  heartbeatMs?: number;
  log?: Pick<Console, "warn" | "info">;
};

type Waiter = { resolve: () => void; reject: (error: unknown) => void };

export class TagChannel {
  readonly id = randomUUID();
  private listener: pg.Client | undefined;
  private publisher: pg.Pool | undefined;
  private syncedAt: Date | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = 250;
  private pending: { tags: Set<string>; waiters: Waiter[] } | undefined;
  private draining = false;
  private down = false;
  private stopped = false;
  private readonly log: Pick<Console, "warn" | "info">;

  constructor(private readonly options: TagChannelOptions) {
    this.log = options.log ?? console;
  }

  /** Whether the LISTEN connection is up (for tests and diagnostics). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  start(): void {
    void this.connect();
  }

  /**
   * Records and announces these tags; resolves once they are committed. Tags published while a
   * write is under way wait for it and then go out together in the next one: under load, many
   * actions' revalidations share one statement instead of queueing on the connection one by one.
   */
  publish(tags: readonly string[]): Promise<void> {
    if (tags.length === 0 || this.stopped) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const batch = (this.pending ??= { tags: new Set(), waiters: [] });
      for (const tag of tags) batch.tags.add(tag);
      batch.waiters.push({ resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending) {
        const batch = this.pending;
        this.pending = undefined;
        try {
          await this.write([...batch.tags]);
          for (const waiter of batch.waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of batch.waiters) waiter.reject(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * One statement, so one implicit transaction and one round trip: the data-modifying CTE
   * records the times, the SELECT queues the notifications, which PostgreSQL delivers when the
   * statement commits.
   */
  private async write(tags: string[]): Promise<void> {
    this.publisher ??= this.createPublisher();
    await this.publisher.query(
      `WITH "recorded" AS (
         INSERT INTO "CacheTagRevalidation" ("tag", "revalidatedAt")
         SELECT DISTINCT unnest($1::text[]), now()
         ON CONFLICT ("tag") DO UPDATE SET "revalidatedAt" = excluded."revalidatedAt"
       )
       SELECT pg_notify($2, "payload") FROM unnest($3::text[]) AS "payload"`,
      [tags, tagChannelName, encodeTagMessages(this.id, tags)],
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = undefined;
    await Promise.all([listener?.end().catch(() => {}), this.publisher?.end().catch(() => {})]);
  }

  private createPublisher(): pg.Pool {
    const pool = new pg.Pool({
      connectionString: this.options.connectionString,
      max: 1,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 5_000,
      query_timeout: 5_000,
    });
    pool.on("error", () => {}); // an idle connection that broke is simply replaced
    return pool;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: listenerApplicationName,
      connectionTimeoutMillis: 5_000,
      query_timeout: 5_000,
      keepAlive: true,
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      if (message.channel !== tagChannelName) return;
      const decoded = decodeTagMessage(message.payload);
      if (!decoded) this.options.onMissed();
      else if (decoded.from !== this.id) this.options.onRevalidated(decoded.tags);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${tagChannelName}`);
      await this.catchUp(client);
      if (this.stopped) return void client.end().catch(() => {});
      this.listener = client;
      this.retryMs = 250;
      if (this.down) this.log.info("[cache] shared revalidation: reconnected to the database");
      this.down = false;
      this.heartbeat = setInterval(() => void this.beat(client), this.options.heartbeatMs ?? 30_000);
      this.heartbeat.unref();
    } catch (error) {
      this.lost(client, error);
    }
  }

  private async catchUp(client: pg.Client): Promise<void> {
    const since = this.syncedAt;
    const { rows } = await client.query<{ now: Date; tags: string[] | null }>(
      `SELECT now() AS "now", (SELECT array_agg("tag") FROM "CacheTagRevalidation"
         WHERE "revalidatedAt" >= $1) AS "tags"`,
      [since ?? new Date()],
    );
    const now = rows[0]!.now;
    if (!since || now.getTime() - since.getTime() > retentionMs) this.options.onMissed();
    else if (rows[0]!.tags?.length) this.options.onRevalidated(rows[0]!.tags);
    this.syncedAt = new Date(now.getTime() - syncMarginMs);
    await client.query(`DELETE FROM "CacheTagRevalidation" WHERE "revalidatedAt" < $1`, [
      new Date(now.getTime() - retentionMs),
    ]);
  }

  /** Proves the connection alive; every notification committed before now has arrived. */
  private async beat(client: pg.Client): Promise<void> {
    try {
      const { rows } = await client.query<{ now: Date }>(`SELECT now() AS "now"`);
      if (this.listener === client) this.syncedAt = new Date(rows[0]!.now.getTime() - syncMarginMs);
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.listener !== undefined && this.listener !== client) return; // an old connection
    const wasListening = this.listener === client;
    this.listener = undefined;
    clearInterval(this.heartbeat);
    client.removeAllListeners("end");
    client.on("error", () => {});
    void client.end().catch(() => {});
    if (this.stopped || (this.retry && !wasListening)) return;
    if (!this.down) {
      const reason = error instanceof Error ? error.message : "connection closed";
      this.log.warn(`[cache] shared revalidation: database connection lost (${reason}); retrying`);
    }
    this.down = true;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CacheHandlerContext } from "next/dist/server/lib/incremental-cache";
import Handler from "./handler";

// The handler without a database (DATABASE_URL unset in unit tests): one process's store, no
// notifications to share. The store outlives a test, so each test has its own page and tag.
const page = (html: string) => ({
  kind: "APP_PAGE",
  status: 200,
  html,
  headers: { "x-next-cache-tags": tag() },
});
const tag = () => `_N_T_${key}`;
const ctx = {} as never;
const newHandler = () => new Handler({} as CacheHandlerContext);
let key = "";

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  key = `/zh-CN/units/a-${Math.random()}`;
});
afterEach(() => vi.useRealTimers());

describe("the shared-revalidation cache handler", () => {
  it("serves a stored page until one of its tags is revalidated", async () => {
    const handler = newHandler();
    expect(await handler.get(key, ctx)).toBeNull();
    vi.advanceTimersByTime(10);
    await handler.set(key, page("old") as never, ctx);
    vi.advanceTimersByTime(10);
    expect((await handler.get(key, ctx))?.value).toMatchObject({ html: "old" });
    await handler.revalidateTag(tag());
    vi.advanceTimersByTime(10);
    expect(await handler.get(key, ctx)).toBeNull();
  });

  it("does not keep as fresh a page whose render began before a change it missed", async () => {
    const handler = newHandler();
    // A request misses and starts rendering with the data as it was…
    expect(await handler.get(key, ctx)).toBeNull();
    vi.advanceTimersByTime(50);
    // …an action commits and revalidates the page's tag meanwhile…
    await handler.revalidateTag(tag());
    vi.advanceTimersByTime(50);
    // …and the render stores the page it made from the old data: the next request renders again.
    await handler.set(key, page("rendered before the change") as never, ctx);
    vi.advanceTimersByTime(10);
    expect(await handler.get(key, ctx)).toBeNull();
    // That render began after the change: its page is kept.
    vi.advanceTimersByTime(10);
    await handler.set(key, page("new") as never, ctx);
    vi.advanceTimersByTime(10);
    expect((await handler.get(key, ctx))?.value).toMatchObject({ html: "new" });
  });

  it("dates a background render of an expired page from its start too", async () => {
    const handler = newHandler();
    await handler.get(key, ctx);
    await handler.set(key, page("old") as never, { cacheControl: { revalidate: 600 } } as never);
    vi.advanceTimersByTime(601_000);
    // Past its lifetime: Next serves it once more and renders it again meanwhile…
    expect((await handler.get(key, ctx))?.value).toMatchObject({ html: "old" });
    vi.advanceTimersByTime(50);
    await handler.revalidateTag(tag());
    vi.advanceTimersByTime(50);
    // …and what that render stores was read before the change: not kept as fresh.
    await handler.set(key, page("rendered before the change") as never, ctx);
    vi.advanceTimersByTime(10);
    expect(await handler.get(key, ctx)).toBeNull();
  });

  it("never keeps a 404", async () => {
    const handler = newHandler();
    await handler.get(key, ctx);
    await handler.set(key, { ...page("missing"), status: 404 } as never, ctx);
    expect(await handler.get(key, ctx)).toBeNull();
  });
});

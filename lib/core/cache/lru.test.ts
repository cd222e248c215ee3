import { describe, expect, it } from "vitest";
import { LruCache } from "./lru";

describe("LruCache", () => {
  it("evicts the least recently read entry once the count limit is passed", () => {
    const cache = new LruCache<string>({ maxEntries: 2, maxBytes: 1_000 });
    cache.set("a", "A", 1);
    cache.set("b", "B", 1);
    expect(cache.get("a")).toBe("A"); // a is now the most recently read
    cache.set("c", "C", 1);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.size).toBe(2);
  });

  it("evicts until the total size fits the byte limit", () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxBytes: 100 });
    cache.set("a", "A", 40);
    cache.set("b", "B", 40);
    cache.set("c", "C", 40);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.bytes).toBe(80);
  });

  it("refuses a value larger than the whole byte limit and keeps the others", () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxBytes: 100 });
    cache.set("a", "A", 10);
    expect(cache.set("huge", "H", 101)).toBe(false);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
  });

  it("replacing a key counts its new size only", () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxBytes: 100 });
    cache.set("a", "A", 60);
    cache.set("a", "A2", 30);
    expect(cache.bytes).toBe(30);
    expect(cache.size).toBe(1);
    cache.delete("a");
    expect(cache.bytes).toBe(0);
  });

  it("never grows past its limits however many distinct keys are stored", () => {
    const cache = new LruCache<number>({ maxEntries: 50, maxBytes: 10_000 });
    for (let i = 0; i < 5_000; i++) cache.set(`/units/junk-${i}`, i, 100);
    expect(cache.size).toBeLessThanOrEqual(50);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
  });
});

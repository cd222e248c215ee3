import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchIsland } from "./fetch-island";

afterEach(() => {
  vi.unstubAllGlobals();
});

function answer(body: unknown, status = 200) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

describe("fetchIsland", () => {
  it("returns the named field of the route's answer", async () => {
    vi.stubGlobal("fetch", answer({ viewer: { name: "王书记" } }));
    expect(await fetchIsland("/api/viewer", "viewer")).toEqual({ name: "王书记" });
  });

  it("asks once for islands that ask together, and again once answered", async () => {
    const fetch = answer({ week: 1 });
    vi.stubGlobal("fetch", fetch);
    await Promise.all([fetchIsland("/api/venues/1/week", "week"), fetchIsland("/api/venues/1/week", "week")]);
    expect(fetch).toHaveBeenCalledTimes(1);
    await fetchIsland("/api/venues/1/week", "week");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("gives null, as for a visitor, when refused, missing or offline", async () => {
    vi.stubGlobal("fetch", answer({ viewer: { name: "x" } }, 500));
    expect(await fetchIsland("/api/viewer", "viewer")).toBeNull();
    vi.stubGlobal("fetch", answer({}));
    expect(await fetchIsland("/api/viewer", "viewer")).toBeNull();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("offline");
      }),
    );
    expect(await fetchIsland("/api/viewer", "viewer")).toBeNull();
  });
});

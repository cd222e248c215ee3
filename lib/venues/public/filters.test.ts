import { describe, expect, it } from "vitest";
import { routeListPage } from "@/lib/core/site/list-query";
import { parseVenueId, venuesList } from "./filters";

describe("venuesList (how proxy.ts routes /venues)", () => {
  const route = (search: string) => routeListPage([venuesList], "/venues", search);

  it("caches the map per kind", () => {
    expect(route("?kind=SPORTS_FIELD")).toEqual({ rewrite: "/venues/_f/kind-SPORTS_FIELD", cached: true });
  });

  it("renders 'free at' per request, the default duration left out", () => {
    expect(route("?date=2026-05-04&time=09:00&duration=90")).toEqual({
      redirect: "/venues?date=2026-05-04&time=09%3A00&duration=90",
    });
    expect(route("?date=2026-05-04&time=09%3A00&duration=90")).toEqual({
      rewrite: "/venues/_search?date=2026-05-04&time=09%3A00&duration=90",
      cached: false,
    });
    expect(route("?kind=&date=2026-05-04&time=09%3A00&duration=60")).toEqual({
      redirect: "/venues?date=2026-05-04&time=09%3A00",
    });
  });

  it("drops a half window, an unknown kind and unknown parameters", () => {
    expect(route("?kind=CASTLE&date=2026-05-04&time=&duration=90&page=2")).toEqual({ redirect: "/venues" });
    expect(route("?date=2026-02-30&time=09%3A00")).toEqual({ redirect: "/venues" });
  });

  it("leaves venue pages alone and sends the internal route back to the public address", () => {
    expect(routeListPage([venuesList], "/venues/7", "?kind=SPORTS_FIELD")).toBeNull();
    expect(routeListPage([venuesList], "/venues/_f/kind-SPORTS_FIELD", "")).toEqual({
      redirect: "/venues?kind=SPORTS_FIELD",
    });
  });
});

describe("parseVenueId", () => {
  it("reads a positive id written the one way", () => {
    expect(parseVenueId("7")).toBe(7);
    expect(parseVenueId("123456789")).toBe(123456789);
  });

  it("refuses zero, leading zeros, signs, decimals and ids too long", () => {
    for (const value of ["0", "007", "-1", "+7", "1.0", "1e3", "", "1234567890"]) {
      expect(parseVenueId(value), value).toBeNull();
    }
  });
});

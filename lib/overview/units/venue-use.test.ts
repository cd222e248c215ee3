import { describe, expect, it } from "vitest";
import { sumVenueUse, tallyVenueUse } from "./venue-use";

const booking = (venueId: number, start: string, end: string) => ({
  venueId,
  startsAt: new Date(`2025-05-01T${start}:00+08:00`),
  endsAt: new Date(`2025-05-01T${end}:00+08:00`),
});

describe("tallyVenueUse", () => {
  it("counts each booking once and adds its length in hours to a tenth", () => {
    const uses = tallyVenueUse([
      booking(1, "09:00", "10:30"),
      booking(1, "14:00", "14:20"),
      booking(2, "08:00", "12:00"),
    ]);
    expect(uses.get(1)).toEqual({ uses: 2, hours: 1.8 });
    expect(uses.get(2)).toEqual({ uses: 1, hours: 4 });
    expect(uses.has(3)).toBe(false);
  });

  it("sums over venues without float noise", () => {
    expect(
      sumVenueUse([
        { uses: 1, hours: 0.1 },
        { uses: 2, hours: 0.2 },
      ]),
    ).toEqual({ uses: 3, hours: 0.3 });
    expect(sumVenueUse([])).toEqual({ uses: 0, hours: 0 });
  });
});

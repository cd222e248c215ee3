// The venue page's reads: the page's venue (the same for everybody), its island's week of busy
// times with the booker shown to signed-in viewers only, and hidden venues not found.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getPublicVenue, getVenueWeek } from "@/lib/venues/public/queries";
import { createUnit, uniqueSuffix } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { createBooking } from "./helpers";

let owner: Awaited<ReturnType<typeof createUnit>>;
let booker: Awaited<ReturnType<typeof createUnit>>;

beforeEach(async () => {
  owner = await createUnit();
  booker = await createUnit({ name: `预约单位乙${uniqueSuffix()}` });
});

const weekStart = "2030-12-02"; // a Monday
const now = new Date("2030-12-01T00:00:00Z");
const options = { weekStart };

describe("a venue's public page", () => {
  it("hides who booked from visitors and shows it to members", async () => {
    const venue = await createVenue(owner.id, { quantity: 2 });
    await createBooking(venue, booker.id, new Date("2030-12-04T02:00:00Z"), 90, { court: 2 });
    await createBooking(venue, booker.id, new Date("2030-12-05T02:00:00Z"), 60, { status: "DECLINED" });
    const visitor = await getVenueWeek(venue.id, { ...options, showBookers: false });
    const wednesday = visitor!.days[2]!;
    expect(wednesday.ranges).toEqual([{ court: 2, from: "10:00", to: "11:30", label: null }]);
    expect(visitor!.days[3]!.ranges).toEqual([]);
    expect(JSON.stringify(visitor)).not.toContain(booker.name);
    const member = await getVenueWeek(venue.id, { ...options, showBookers: true });
    expect(member!.days[2]!.ranges[0]!.label).toBe(booker.name);
  });

  it("lists opening hours, upcoming closed dates and the policy", async () => {
    const venue = await createVenue(owner.id, { monthlyQuota: 4, bufferMinutes: 15 });
    await db.venueClosedDate.createMany({
      data: [
        { venueId: venue.id, date: new Date("2030-11-01T00:00:00Z"), reason: "过去" },
        { venueId: venue.id, date: new Date("2030-12-25T00:00:00Z"), reason: "检修" },
      ],
    });
    const page = await getPublicVenue(venue.id, { now });
    expect(page!.openingHours).toHaveLength(7);
    expect(page!.closedDates).toEqual([{ date: "2030-12-25", reason: "检修" }]);
    expect(page!).toMatchObject({ monthlyQuota: 4, bufferMinutes: 15, needsApproval: false });
  });

  it("does not show a hidden venue", async () => {
    const venue = await createVenue(owner.id, { active: false });
    expect(await getPublicVenue(venue.id)).toBeNull();
    expect(await getVenueWeek(venue.id, { ...options, showBookers: true })).toBeNull();
  });
});

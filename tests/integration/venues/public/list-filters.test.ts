// The public venue list: active venues only, filtered by kind and by "free at" a time, which
// honours opening hours, closed dates, live bookings and buffers like the exclusion constraint.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { parseVenueMapFilters } from "@/lib/venues/public/filters";
import { listPublicVenues } from "@/lib/venues/public/queries";
import { createUnit } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { createBooking } from "./helpers";

let owner: Awaited<ReturnType<typeof createUnit>>;
let booker: Awaited<ReturnType<typeof createUnit>>;

beforeEach(async () => {
  owner = await createUnit();
  booker = await createUnit();
});

// Wednesday 2030-12-04, 10:00–11:00 in Beijing.
const freeAt = (time = "10:00", duration = "60") =>
  parseVenueMapFilters({ date: "2030-12-04", time, duration });
const ten = new Date("2030-12-04T02:00:00Z");
const ids = async (filters: ReturnType<typeof parseVenueMapFilters>) =>
  (await listPublicVenues(filters)).map((venue) => venue.id);

describe("listing venues", () => {
  it("lists active venues with their owner and coordinates, hiding inactive ones", async () => {
    const gym = await createVenue(owner.id, { name: "健身房甲" });
    const hidden = await createVenue(owner.id, { active: false });
    const unplaced = await createVenue(owner.id, { latitude: null, longitude: null });
    const list = await listPublicVenues(parseVenueMapFilters({}));
    expect(list.map((v) => v.id)).toEqual(expect.arrayContaining([gym.id, unplaced.id]));
    expect(list.map((v) => v.id)).not.toContain(hidden.id);
    const shown = list.find((v) => v.id === gym.id)!;
    expect(shown).toMatchObject({ unitName: owner.name, latitude: 32.2, longitude: 119.43 });
    expect(list.find((v) => v.id === unplaced.id)).toMatchObject({ latitude: null, longitude: null });
  });

  it("filters by kind and ignores an unknown kind", async () => {
    const gym = await createVenue(owner.id, { kind: "GYM" });
    const court = await createVenue(owner.id, { kind: "BADMINTON_COURT" });
    expect(await ids(parseVenueMapFilters({ kind: "BADMINTON_COURT" }))).toEqual([court.id]);
    expect(await ids(parseVenueMapFilters({ kind: "CASTLE" }))).toEqual(
      expect.arrayContaining([gym.id, court.id]),
    );
  });
});

describe("free at a time", () => {
  it("drops a venue whose only court is booked (pending or confirmed) but keeps cancelled slots free", async () => {
    const busy = await createVenue(owner.id);
    const pending = await createVenue(owner.id);
    const cancelled = await createVenue(owner.id);
    await createBooking(busy, booker.id, ten, 60);
    await createBooking(pending, booker.id, new Date(ten.getTime() + 30 * 60_000), 60, { status: "PENDING" });
    await createBooking(cancelled, booker.id, ten, 60, { status: "CANCELLED" });
    const free = await ids(freeAt());
    expect(free).toContain(cancelled.id);
    expect(free).not.toContain(busy.id);
    expect(free).not.toContain(pending.id);
  });

  it("keeps a venue with another free court, and allows back-to-back", async () => {
    const courts = await createVenue(owner.id, { quantity: 2 });
    const single = await createVenue(owner.id);
    await createBooking(courts, booker.id, ten, 60, { court: 1 });
    await createBooking(single, booker.id, new Date(ten.getTime() + 60 * 60_000), 60);
    expect(await ids(freeAt())).toEqual(expect.arrayContaining([courts.id, single.id]));
  });

  it("counts the buffer after bookings", async () => {
    const buffered = await createVenue(owner.id, { bufferMinutes: 30 });
    // 11:15–12:00: our 10:00–11:00 plus 30 minutes' buffer reaches it.
    await createBooking(buffered, booker.id, new Date(ten.getTime() + 75 * 60_000), 45);
    expect(await ids(freeAt())).not.toContain(buffered.id);
    expect(await ids(freeAt("09:00"))).toContain(buffered.id);
  });

  it("honours opening hours and closed dates", async () => {
    const venue = await createVenue(owner.id);
    expect(await ids(freeAt("07:30"))).not.toContain(venue.id);
    expect(await ids(freeAt("21:30"))).not.toContain(venue.id);
    expect(await ids(freeAt("21:00"))).toContain(venue.id);
    await db.venueOpeningHours.delete({ where: { venueId_weekday: { venueId: venue.id, weekday: 3 } } });
    expect(await ids(freeAt())).not.toContain(venue.id);
    const other = await createVenue(owner.id);
    await db.venueClosedDate.create({ data: { venueId: other.id, date: new Date("2030-12-04T00:00:00Z") } });
    expect(await ids(freeAt())).not.toContain(other.id);
  });

  it("ignores an incomplete or impossible time", async () => {
    const venue = await createVenue(owner.id);
    expect(parseVenueMapFilters({ date: "2030-02-30", time: "10:00" }).freeAt).toBeNull();
    expect(parseVenueMapFilters({ date: "2030-12-04" }).freeAt).toBeNull();
    expect(await ids(parseVenueMapFilters({ time: "03:00" }))).toContain(venue.id);
  });
});

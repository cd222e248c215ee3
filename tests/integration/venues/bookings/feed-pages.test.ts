// Which cached venue feeds an action that knows a booking or an activity (not the venue) expires.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { activityVenueFeedPages, bookingFeedPages } from "@/lib/venues/bookings/feed-pages";
import { createUnit } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { createVenue } from "@/tests/factories/venues";
import { createBooking } from "../public/helpers";

const paths = (entries: { path: string; type?: string }[]) =>
  entries.map(({ path, type }) => (type ? `${path} (${type})` : path));
/** The public results, which count the venues' use (one entry: every year, both locales). */
const results = "/[locale]/(public)/results (layout)";
/** A venue's feed as its cache entries are tagged (lib/core/site/revalidate-public.ts). */
const feedOf = (id: number) => [
  `/venues/${id}/bookings.ics`,
  `/zh-CN/venues/${id}/bookings.ics`,
  `/en/venues/${id}/bookings.ics`,
];

describe("bookingFeedPages", () => {
  it("names the feed of the booking's venue, in both locales, and the results", async () => {
    const owner = await createUnit();
    const venue = await createVenue(owner.id);
    const booking = await createBooking(venue, owner.id, new Date("2031-04-02T02:00:00Z"), 60);
    expect(paths(await bookingFeedPages(booking.id))).toEqual([...feedOf(venue.id), results]);
  });

  it("names nothing for a booking that does not exist", async () => {
    expect(await bookingFeedPages(2_000_000_000)).toEqual([]);
  });
});

describe("activityVenueFeedPages", () => {
  it("names the feeds of every venue the activity was booked at, and the results, each once", async () => {
    const lead = await createUnit();
    const [first, second, other] = [
      await createVenue(lead.id),
      await createVenue(lead.id),
      await createVenue(lead.id),
    ];
    await createPlan(2033);
    const activity = await createPlanActivity(2033, { leadUnitId: lead.id });
    // The schedule moved from the first venue (cancelled) to the second; another booking of the
    // first venue, and one of a third venue for nothing, are not the activity's.
    const bookings = [
      await createBooking(first!, lead.id, new Date("2033-05-01T02:00:00Z"), 60, { status: "CANCELLED" }),
      await createBooking(first!, lead.id, new Date("2033-05-02T02:00:00Z"), 60, { status: "CANCELLED" }),
      await createBooking(second!, lead.id, new Date("2033-05-03T02:00:00Z"), 60),
    ];
    await createBooking(other!, lead.id, new Date("2033-05-04T02:00:00Z"), 60);
    await db.booking.updateMany({
      where: { id: { in: bookings.map((booking) => booking.id) } },
      data: { activityId: activity.id },
    });
    expect(paths(await activityVenueFeedPages(activity.id)).sort()).toEqual(
      [...[first!, second!].flatMap((venue) => feedOf(venue.id)), results].sort(),
    );
  });

  it("names nothing for an activity never booked at a venue", async () => {
    await createPlan(2033);
    const activity = await createPlanActivity(2033);
    expect(await activityVenueFeedPages(activity.id)).toEqual([]);
  });
});

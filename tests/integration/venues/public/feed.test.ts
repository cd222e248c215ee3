// /venues/[id]/bookings.ics: confirmed bookings only, no booker names, stable UIDs.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/venues/[id]/bookings.ics/route";
import { createUnit, uniqueSuffix } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { createBooking } from "./helpers";

const savedUrl = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.NEXTAUTH_URL = "https://portal.example.org";
});
afterAll(() => {
  process.env.NEXTAUTH_URL = savedUrl;
});

const fetchFeed = (id: string) =>
  GET(new Request(`http://internal:3000/zh-CN/venues/${id}/bookings.ics`), {
    params: Promise.resolve({ locale: "zh-CN", id }),
  });

function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents("vevent").map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue("uid")),
    summary: String(vevent.getFirstPropertyValue("summary")),
    url: String(vevent.getFirstPropertyValue("url")),
    start: String(vevent.getFirstPropertyValue("dtstart")),
  }));
}

describe("a venue's booking feed", () => {
  it("carries confirmed bookings only, without the booking unit", async () => {
    const owner = await createUnit();
    const booker = await createUnit({ name: `秘密单位丙${uniqueSuffix()}` });
    const venue = await createVenue(owner.id, { name: "润州羽毛球馆", quantity: 3 });
    const confirmed = await createBooking(venue, booker.id, new Date("2030-12-04T02:00:00Z"), 60, {
      court: 3,
    });
    await createBooking(venue, booker.id, new Date("2030-12-05T02:00:00Z"), 60, { status: "PENDING" });
    await createBooking(venue, booker.id, new Date("2030-12-06T02:00:00Z"), 60, { status: "CANCELLED" });
    const response = await fetchFeed(String(venue.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = await response.text();
    expect(body).toContain("DTSTART:20301204T020000Z");
    expect(body).toContain("DTEND:20301204T030000Z");
    expect(body).not.toContain(booker.name);
    const events = parse(body);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: `venue-booking-${confirmed.id}@portal.example.org`,
      url: `https://portal.example.org/venues/${venue.id}`,
    });
    expect(events[0]!.summary).toContain("润州羽毛球馆");
    expect(events[0]!.summary).toContain("3");
    expect(events[0]!.summary).toContain("已预约 · booked");
  });

  it("is 404 for hidden, unknown or malformed venues", async () => {
    const owner = await createUnit();
    const hidden = await createVenue(owner.id, { active: false });
    expect((await fetchFeed(String(hidden.id))).status).toBe(404);
    expect((await fetchFeed("999999")).status).toBe(404);
    expect((await fetchFeed("abc")).status).toBe(404);
    // A second address of a real venue would be a second cache entry.
    expect((await fetchFeed(`00${hidden.id}`)).status).toBe(404);
  });
});

// GET /api/venues/<id>/week: the cached venue page's week of busy times, with who booked for
// signed-in viewers only and the booking links for secretaries of a bookable venue.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/venues/[id]/week/route";
import { createUnit, createAdmin, createSecretary, uniqueSuffix } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { createBooking } from "@/tests/integration/venues/public/helpers";
import { actAs } from "@/tests/integration/helpers/session";

type Week = {
  weekStart: string;
  days: Array<{ date: string; closed: boolean; ranges: Array<{ label: string | null }> }>;
  signedIn: boolean;
  bookable: boolean;
  canBook: boolean;
};

async function ask(id: number | string, query = "") {
  const response = await GET(new NextRequest(`http://localhost/api/venues/${id}/week${query}`), {
    params: Promise.resolve({ id: String(id) }),
  });
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return { status: response.status, week: ((await response.json()) as { week?: Week }).week };
}

describe("GET /api/venues/<id>/week", () => {
  it("gives visitors the asked week's busy times without the booker, and no booking", async () => {
    const owner = await createUnit();
    const booker = await createUnit({ name: `预约单位${uniqueSuffix()}` });
    const venue = await createVenue(owner.id);
    await createBooking(venue, booker.id, new Date("2030-12-04T02:00:00Z"), 60);
    actAs(null);
    const { status, week } = await ask(venue.id, "?week=2030-12-05");
    expect(status).toBe(200);
    expect(week).toMatchObject({ weekStart: "2030-12-02", signedIn: false, canBook: false });
    expect(week!.days[2]!.ranges).toEqual([expect.objectContaining({ label: null, from: "10:00" })]);
    expect(JSON.stringify(week)).not.toContain(booker.name);
  });

  it("shows a secretary who booked and lets them book a bookable venue; an admin only sees", async () => {
    const owner = await createUnit();
    const booker = await createUnit({ name: `预约单位${uniqueSuffix()}` });
    const venue = await createVenue(owner.id);
    await createBooking(venue, booker.id, new Date("2030-12-04T02:00:00Z"), 60);
    actAs(await createSecretary(owner.id));
    const { week } = await ask(venue.id, "?week=2030-12-02");
    expect(week).toMatchObject({ signedIn: true, canBook: true });
    expect(week!.days[2]!.ranges[0]!.label).toBe(booker.name);
    actAs(await createAdmin());
    expect((await ask(venue.id, "?week=2030-12-02")).week).toMatchObject({ signedIn: true, canBook: false });
  });

  it("answers 404 for a hidden venue and a malformed id", async () => {
    const venue = await createVenue((await createUnit()).id, { active: false });
    actAs(null);
    expect((await ask(venue.id)).status).toBe(404);
    expect((await ask("x1")).status).toBe(404);
  });
});

// Closed dates, photos (type by magic bytes, 1 MB), hiding, and the public photo route.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/venues/[id]/photos/[photoId]/route";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import {
  addVenueClosedDate,
  removeVenueClosedDate,
  removeVenuePhoto,
  setVenueActive,
  uploadVenuePhoto,
} from "@/lib/venues/manage/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { imageFile, jpegBytes, pngBytes } from "@/tests/factories/images";
import { createVenue } from "@/tests/factories/venues";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function ownVenue() {
  const unit = await createUnit();
  actAs(await createSecretary(unit.id));
  return createVenue(unit.id);
}

const getPhoto = (venueId: number, photoId: number | string) =>
  GET(new Request(`http://test/venues/${venueId}/photos/${photoId}`), {
    params: Promise.resolve({ id: String(venueId), photoId: String(photoId) }),
  });

describe("closed dates", () => {
  it("adds, updates the reason of, and removes a date", async () => {
    const venue = await ownVenue();
    const add = (reason: string) =>
      addVenueClosedDate(initialFormState, formData({ venueId: venue.id, date: "2026-12-31", reason }));
    expect((await add("年终盘点")).ok).toBe(true);
    expect((await add("设备检修")).ok).toBe(true);
    const rows = await db.venueClosedDate.findMany({ where: { venueId: venue.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: "设备检修" });

    const removed = await removeVenueClosedDate(
      initialFormState,
      formData({ venueId: venue.id, date: "2026-12-31" }),
    );
    expect(removed.ok).toBe(true);
    expect(await db.venueClosedDate.count({ where: { venueId: venue.id } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { entityId: String(venue.id), action: { contains: "ClosedDate" } } }),
    ).toBe(3);
  });

  it("refuses an impossible date and a date that is not there", async () => {
    const venue = await ownVenue();
    const bad = await addVenueClosedDate(
      initialFormState,
      formData({ venueId: venue.id, date: "2026-02-30" }),
    );
    expect(bad.fieldErrors?.date).toBeDefined();
    const missing = await removeVenueClosedDate(
      initialFormState,
      formData({ venueId: venue.id, date: "2026-03-01" }),
    );
    expect(missing.message?.key).toBe("venues.manage.errors.closedDateNotFound");
  });

  it("refuses another unit's secretary and adds nothing", async () => {
    const venue = await ownVenue();
    const other = await createUnit();
    actAs(await createSecretary(other.id));
    const state = await addVenueClosedDate(
      initialFormState,
      formData({ venueId: venue.id, date: "2026-12-31" }),
    );
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect(await db.venueClosedDate.count({ where: { venueId: venue.id } })).toBe(0);
  });
});

describe("photos", () => {
  it("stores a PNG sent as anything, serves it while the venue is shown, and removes it", async () => {
    const venue = await ownVenue();
    const state = await uploadVenuePhoto(
      initialFormState,
      formData({ venueId: venue.id, photo: imageFile(pngBytes(), "x.txt", "text/plain"), caption: "器械区" }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const photoId = Number(state.data?.id);

    const response = await getPhoto(venue.id, photoId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toContain("max-age");

    expect(
      (await setVenueActive(initialFormState, formData({ venueId: venue.id, active: "false" }))).ok,
    ).toBe(true);
    expect((await getPhoto(venue.id, photoId)).status).toBe(404);
    expect((await setVenueActive(initialFormState, formData({ venueId: venue.id, active: "true" }))).ok).toBe(
      true,
    );
    expect((await getPhoto(venue.id, photoId)).status).toBe(200);

    const removed = await removeVenuePhoto(initialFormState, formData({ venueId: venue.id, photoId }));
    expect(removed.ok).toBe(true);
    expect((await getPhoto(venue.id, photoId)).status).toBe(404);
  });

  it("accepts a JPEG", async () => {
    const venue = await ownVenue();
    const state = await uploadVenuePhoto(
      initialFormState,
      formData({ venueId: venue.id, photo: imageFile(jpegBytes(), "a.jpg", "image/jpeg") }),
    );
    expect(state.ok).toBe(true);
  });

  it("refuses a file that is not an image, whatever it is called", async () => {
    const venue = await ownVenue();
    const fake = imageFile(new TextEncoder().encode("<svg></svg>"), "evil.png", "image/png");
    const state = await uploadVenuePhoto(initialFormState, formData({ venueId: venue.id, photo: fake }));
    expect(state.fieldErrors?.photo?.[0]?.key).toBe("venues.manage.errors.photoType");
    expect(await db.venuePhoto.count({ where: { venueId: venue.id } })).toBe(0);
  });

  it("refuses a photo over 1 MB", async () => {
    const venue = await ownVenue();
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(pngBytes().subarray(0, 8));
    const state = await uploadVenuePhoto(
      initialFormState,
      formData({ venueId: venue.id, photo: imageFile(big, "big.png", "image/png") }),
    );
    expect(state.fieldErrors?.photo?.[0]?.key).toBe("venues.manage.errors.photoTooLarge");
    expect(await db.venuePhoto.count({ where: { venueId: venue.id } })).toBe(0);
  });

  it("does not remove another venue's photo", async () => {
    const venue = await ownVenue();
    const otherVenue = await createVenue((await createUnit()).id);
    const photo = await db.venuePhoto.create({
      data: { venueId: otherVenue.id, contentType: "image/png", data: new Uint8Array(pngBytes()) },
    });
    const state = await removeVenuePhoto(
      initialFormState,
      formData({ venueId: venue.id, photoId: photo.id }),
    );
    expect(state.message?.key).toBe("venues.manage.errors.photoNotFound");
    expect(await db.venuePhoto.count({ where: { id: photo.id } })).toBe(1);
  });

  it("answers 404 for a malformed id or a photo of another venue", async () => {
    const venue = await ownVenue();
    expect((await getPhoto(venue.id, "abc")).status).toBe(404);
    expect((await getPhoto(venue.id, 999999)).status).toBe(404);
  });
});

describe("hiding", () => {
  it("hides and shows with an audit record, refused for another unit", async () => {
    const venue = await ownVenue();
    expect(
      (await setVenueActive(initialFormState, formData({ venueId: venue.id, active: "false" }))).ok,
    ).toBe(true);
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).active).toBe(false);
    expect(await db.auditLog.count({ where: { action: "venue.hide", entityId: String(venue.id) } })).toBe(1);

    actAs(await createSecretary((await createUnit()).id));
    const state = await setVenueActive(initialFormState, formData({ venueId: venue.id, active: "true" }));
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).active).toBe(false);
  });
});

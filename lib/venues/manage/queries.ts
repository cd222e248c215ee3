import "server-only";
import { db } from "@/lib/core/db";

/** The unit's venues, shown and hidden, for /my/venues. */
export async function listUnitVenues(unitId: number) {
  return db.venue.findMany({
    where: { unitId },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, quantity: true, address: true, active: true },
  });
}

/** A venue for its edit page, only if the unit owns it (null otherwise: the page 404s). */
export async function getUnitVenue(unitId: number, venueId: number) {
  const venue = await db.venue.findFirst({
    where: { id: venueId, unitId },
    include: {
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
      closedDates: { select: { date: true, reason: true }, orderBy: { date: "asc" } },
      photos: { select: { id: true, caption: true }, orderBy: { id: "asc" } },
    },
  });
  if (!venue) return null;
  const { latitude, longitude, ...rest } = venue;
  // Decimals do not cross into client components: the form gets plain numbers.
  return {
    ...rest,
    latitude: latitude === null ? null : Number(latitude),
    longitude: longitude === null ? null : Number(longitude),
  };
}
export type UnitVenue = NonNullable<Awaited<ReturnType<typeof getUnitVenue>>>;

/** A photo of a shown venue, for the public photo route. */
export async function getPublicVenuePhoto(venueId: number, photoId: number) {
  return db.venuePhoto.findFirst({
    where: { id: photoId, venueId, venue: { active: true } },
    select: { contentType: true, data: true },
  });
}

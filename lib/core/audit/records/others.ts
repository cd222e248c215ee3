import "server-only";
import { db } from "@/lib/core/db";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { byId, type Resolvers } from "./types";

// Titles of venues and bookings, surveys, and the log's own exports.

const venueSelect = { select: { id: true, name: true } } as const;
// Admins see a venue on its public page (its owner unit edits it under /my).
const venueHref = (venueId: number) => `/venues/${venueId}`;

export const otherResolvers = {
  Venue: (ids) =>
    byId(
      ids,
      (id) => db.venue.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
      (row) => ({ title: row.name, href: venueHref(row.id) }),
    ),
  VenuePhoto: (ids) =>
    byId(
      ids,
      (id) => db.venuePhoto.findMany({ where: { id: { in: id } }, select: { id: true, venue: venueSelect } }),
      (row) => ({ title: row.venue.name, href: venueHref(row.venue.id) }),
    ),
  Booking: (ids) =>
    byId(
      ids,
      (id) =>
        db.booking.findMany({
          where: { id: { in: id } },
          select: { id: true, startsAt: true, venue: venueSelect },
        }),
      (row) => ({
        title: `${row.venue.name} · ${formatBeijingDateTime(row.startsAt)}`,
        href: venueHref(row.venue.id),
      }),
    ),
  Survey: (ids) =>
    byId(
      ids,
      (id) => db.survey.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
      (row) => ({ title: row.title, href: `/admin/surveys/${row.id}` }),
    ),
  SurveyResponse: (ids) =>
    byId(
      ids,
      (id) =>
        db.surveyResponse.findMany({
          where: { id: { in: id } },
          select: {
            id: true,
            survey: { select: { id: true, title: true } },
            unit: { select: { name: true } },
          },
        }),
      (row) => ({
        title: `${row.survey.title} · ${row.unit.name}`,
        href: `/admin/surveys/${row.survey.id}/results`,
      }),
    ),
  // An export is a pseudo-record: nothing to look up.
  AuditLog: async (ids) =>
    new Map(ids.map((id) => [id, { title: { key: "exportRecord", values: {} }, href: null }])),
} satisfies Partial<Resolvers>;

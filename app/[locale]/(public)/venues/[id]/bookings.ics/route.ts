import { buildCalendar } from "@/lib/core/calendar/ics";
import { feedNotFound, publicBaseUrl } from "@/lib/activities/feeds/feed-response";
import { defaultLocale } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import { bookingEvents } from "@/lib/venues/public/feed";
import { parseVenueId } from "@/lib/venues/public/filters";
import { listVenueFeedBookings } from "@/lib/venues/public/queries";

type Params = Promise<{ locale: string; id: string }>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));

// A venue's confirmed bookings as an iCalendar feed, in the default language (calendar apps
// fetch without cookies). Hidden or unknown venues are 404, never cached.
//
// Served from the cache (issue 14): public (times and courts only, never who booked), the same
// for everyone, and it reads no cookie and no query. Rendered on first request, then expired by
// every booking made, confirmed or cancelled and every change to the venue
// (lib/core/site/revalidate-public.ts); the ten minutes are a backstop.
export const dynamic = "force-static";
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const id = parseVenueId((await params).id);
  const venue = id === null ? null : await listVenueFeedBookings(id);
  if (!venue) return feedNotFound();
  const messages = await loadMessages(defaultLocale);
  const text = messages.venues.map as { feedName: string; feedSummary: string };
  const events = bookingEvents(venue, venue.bookings, publicBaseUrl(), (court) =>
    fill(text.feedSummary, { venue: venue.name, court }),
  );
  return new Response(buildCalendar(fill(text.feedName, { venue: venue.name }), events), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="venue-${venue.id}-bookings.ics"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

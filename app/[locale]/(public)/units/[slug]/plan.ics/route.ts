import { calendarResponse, feedNotFound } from "@/lib/activities/feeds/feed-response";
import { listUnitFeedActivities } from "@/lib/activities/feeds/feed-queries";
import { parseUnitSlug } from "@/lib/units/directory/unit-params";

// The dated activities a unit leads, over all published years, as an iCalendar feed.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseUnitSlug((await params).slug);
  const feed = slug === null ? null : await listUnitFeedActivities(slug);
  if (!feed) return feedNotFound();
  return calendarResponse(
    feed.activities,
    (text) => text.unitName.replace("{unit}", feed.unit.name),
    `${slug}-plan.ics`,
  );
}

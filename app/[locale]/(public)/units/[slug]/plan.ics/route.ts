import { calendarResponse, feedNotFound } from "@/lib/activities/feeds/feed-response";
import { listUnitFeedActivities } from "@/lib/activities/feeds/feed-queries";
import { parseUnitSlug } from "@/lib/units/directory/unit-params";

// The dated activities a unit leads, over all published years, as an iCalendar feed.
//
// Served from the cache (issue 14): the same for everyone, it reads no cookie and no query (a
// query cannot make new entries: the cache key is the path). Rendered on first request, then
// expired by every action that changes what it shows (lib/core/site/revalidate-public.ts:
// activities, the plan, unit names); the ten minutes bound what reaches it indirectly (a venue
// renamed). Unknown or withdrawn units are 404, never cached.
export const dynamic = "force-static";
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string }>;

export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const slug = parseUnitSlug((await params).slug);
  const feed = slug === null ? null : await listUnitFeedActivities(slug);
  if (!feed) return feedNotFound();
  return calendarResponse(
    feed.activities,
    (text) => text.unitName.replace("{unit}", feed.unit.name),
    `${slug}-plan.ics`,
  );
}

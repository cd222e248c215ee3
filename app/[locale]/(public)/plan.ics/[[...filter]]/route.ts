import { calendarResponse, feedNotFound } from "@/lib/activities/feeds/feed-response";
import { listPlanFeedActivities } from "@/lib/activities/feeds/feed-queries";
import { planFeedYear } from "@/lib/activities/plan/plan-filters";
import { beijingYearMonth } from "@/lib/core/time/beijing";

// The year's published activity list as an iCalendar feed (dated activities only). Visitors
// ask for `/plan.ics?year=2026`; proxy.ts drops junk with a redirect and rewrites the canonical
// query to `/plan.ics/year-2026` (lib/activities/plan/plan-filters.ts), so this route reads no
// query and each year is one cache entry. No year means this year. A year without a published
// list is 404 (drafts are never served), and 404s are never cached (lib/core/cache/).
//
// Served from the cache (issue 14) like the public pages: rendered on first request, expired by
// every action that changes an activity shown here (lib/core/site/revalidate-public.ts), and
// refreshed within ten minutes anyway, as "this year" depends on the clock. The feed is the
// same for everyone (no cookie, no query), so force-static costs nothing.
export const dynamic = "force-static";
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; filter?: string[] }>;

export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const year = planFeedYear((await params).filter ?? [], beijingYearMonth().year);
  const activities = year === null ? null : await listPlanFeedActivities(year);
  if (year === null || !activities) return feedNotFound();
  return calendarResponse(
    activities,
    (text) => text.planName.replace("{year}", String(year)),
    `runzhou-youth-plan-${year}.ics`,
  );
}

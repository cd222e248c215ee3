import { calendarResponse, feedNotFound } from "@/lib/activities/feeds/feed-response";
import { listPlanFeedActivities } from "@/lib/activities/feeds/feed-queries";
import { parsePlanFilters } from "@/lib/activities/plan/plan-filters";
import { beijingYearMonth } from "@/lib/core/time/beijing";

// The year's published activity list as an iCalendar feed (dated activities only). ?year= picks
// another year; an invalid year means the current one, like /plan. A year without a
// published list is 404 (drafts are never served).
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { year } = parsePlanFilters({ year: params.year }, beijingYearMonth().year);
  const activities = await listPlanFeedActivities(year);
  if (!activities) return feedNotFound();
  return calendarResponse(
    activities,
    (text) => text.planName.replace("{year}", String(year)),
    `runzhou-youth-plan-${year}.ics`,
  );
}

import "server-only";
import { buildCalendar } from "@/lib/core/calendar/ics";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { defaultLocale } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import { activityEvents, type FeedActivity, type FeedLabels } from "./activity-events";

// Shared by the two .ics route handlers. Calendar apps fetch feeds without cookies, so feeds
// are always in the default language (Simplified Chinese).

/**
 * The origin feed links point at: the configured public origin, never the request's host
 * (behind a proxy it may be internal, and a client can forge it).
 */
export function publicBaseUrl(): string {
  return publicOrigin();
}

/** plan.feed in the catalogs. */
export type FeedText = {
  planName: string;
  unitName: string;
  type: string;
  lead: string;
  place: string;
  unclaimed: string;
};

async function feedLabels(): Promise<{ labels: FeedLabels; text: FeedText }> {
  const messages = await loadMessages(defaultLocale);
  const text = (messages.activities.plan as { feed: FeedText }).feed;
  const enums = messages.core.enums as { ActivityType: FeedLabels["typeNames"] };
  return {
    labels: {
      type: text.type,
      lead: text.lead,
      place: text.place,
      unclaimed: text.unclaimed,
      typeNames: enums.ActivityType,
    },
    text,
  };
}

export function feedNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The feed as a download: `name` is looked up in plan.feed with `values`, `filename` is ASCII.
 */
export async function calendarResponse(
  activities: FeedActivity[],
  name: (text: FeedText) => string,
  filename: string,
): Promise<Response> {
  const { labels, text } = await feedLabels();
  const body = buildCalendar(name(text), activityEvents(activities, publicBaseUrl(), labels));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      // Calendar apps poll; a few minutes of staleness is fine and spares the database.
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

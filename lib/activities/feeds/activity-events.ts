import type { CalendarEvent } from "@/lib/core/calendar/ics";
import type { ActivityStatus, ActivityType } from "@/lib/generated/prisma/enums";

// Turns plan activities into calendar events. Pure, so the wording and the UID scheme are tested
// without a server; the labels come from the caller (the zh-CN catalogs).

export type FeedActivity = {
  id: number;
  title: string;
  type: ActivityType;
  plannedDate: Date | null;
  place: string;
  status: ActivityStatus;
  updatedAt: Date;
  venue: { name: string } | null;
  community: { name: string } | null;
  leadUnit: { name: string } | null;
};

export type FeedLabels = {
  type: string;
  lead: string;
  place: string;
  unclaimed: string;
  typeNames: Record<ActivityType, string>;
};

/** Stable across feeds and years, so calendar apps update an event instead of duplicating it. */
export function activityUid(id: number): string {
  return `activity-${id}@runzhou-youth`;
}

/** Where the activity takes place, most specific first: the venue, the community, the address. */
export function activityPlace(activity: Pick<FeedActivity, "venue" | "community" | "place">): string {
  const parts = [activity.venue?.name, activity.community?.name, activity.place.trim()].filter(
    (part): part is string => Boolean(part),
  );
  // The address often repeats the venue's name; say each place once.
  return [...new Set(parts)].join(" · ");
}

export function activityEvents(
  activities: FeedActivity[],
  baseUrl: string,
  labels: FeedLabels,
): CalendarEvent[] {
  const base = baseUrl.replace(/\/+$/, "");
  return activities.flatMap((activity) => {
    if (!activity.plannedDate) return [];
    const place = activityPlace(activity);
    const description = [
      `${labels.type}：${labels.typeNames[activity.type]}`,
      `${labels.lead}：${activity.leadUnit?.name ?? labels.unclaimed}`,
      ...(place ? [`${labels.place}：${place}`] : []),
    ].join("\n");
    const event: CalendarEvent = {
      uid: activityUid(activity.id),
      title: activity.title,
      description,
      url: `${base}/activities/${activity.id}`,
      date: activity.plannedDate,
      updatedAt: activity.updatedAt,
      status: activity.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
      ...(place ? { location: place } : {}),
    };
    return [event];
  });
}

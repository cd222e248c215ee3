import "server-only";
import { getTranslations } from "next-intl/server";
import {
  ActivityChannel,
  ActivityFormat,
  ActivityReach,
  ActivityType,
  Commitment,
} from "@/lib/generated/prisma/enums";
import { placeKinds } from "@/lib/activities/admin/schemas";
import type { AdminActivity } from "@/lib/activities/admin/queries";
import { listActivityChoices } from "@/lib/activities/admin/queries";
import { listServiceSiteChoices } from "@/lib/pairing/sites/queries";
import type { ActivityFormOptions, ActivityFormValues } from "./activity-form-types";

/**
 * The select options of the activity form, labelled on the server (enums stay server-side).
 * `serviceSiteId`: the edited activity's site, offered even when the site is no longer active.
 */
export async function activityFormOptions(serviceSiteId?: number | null): Promise<ActivityFormOptions> {
  const [t, te, choices, sites] = await Promise.all([
    getTranslations("activities.admin.activityForm"),
    getTranslations("core.enums"),
    listActivityChoices(),
    listServiceSiteChoices(serviceSiteId),
  ]);
  const of = (name: string, values: Record<string, string>) =>
    Object.values(values).map((value) => ({ value, label: te(`${name}.${value}` as never) }));
  return {
    types: of("ActivityType", ActivityType),
    commitments: of("Commitment", Commitment),
    months: Array.from({ length: 12 }, (_, index) => ({
      value: String(index + 1),
      label: t("month", { month: index + 1 }),
    })),
    channels: of("ActivityChannel", ActivityChannel),
    formats: of("ActivityFormat", ActivityFormat),
    reaches: of("ActivityReach", ActivityReach),
    placeKinds: placeKinds.map((value) => ({ value, label: t(`placeKinds.${value}`) })),
    venues: choices.venues.map(({ id, name }) => ({ value: String(id), label: name })),
    communities: choices.communities.map(({ id, name }) => ({ value: String(id), label: name })),
    serviceSites: sites.map(({ id, name }) => ({ value: String(id), label: name })),
  };
}

/** Which kind of place an activity has, as it was stored (see activityData). */
export function placeKindOf(activity: Pick<AdminActivity, "venueId" | "communityId" | "place">): string {
  if (activity.venueId) return "venue";
  if (activity.communityId) return "community";
  return activity.place ? "text" : "online";
}

export function activityFormValues(activity: AdminActivity): ActivityFormValues {
  return {
    id: activity.id,
    version: activity.version,
    title: activity.title,
    description: activity.description,
    type: activity.type,
    commitment: activity.commitment,
    plannedMonth: activity.plannedMonth,
    plannedDate: activity.plannedDate ? activity.plannedDate.toISOString().slice(0, 10) : "",
    channel: activity.channel,
    format: activity.format,
    reach: activity.reach,
    capacity: activity.capacity === null ? "" : String(activity.capacity),
    placeKind: placeKindOf(activity),
    place: activity.place,
    venueId: activity.venueId ? String(activity.venueId) : "",
    communityId: activity.communityId ? String(activity.communityId) : "",
    serviceSiteId: activity.serviceSiteId ? String(activity.serviceSiteId) : "",
  };
}

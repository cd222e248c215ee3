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
import type { AdminItem } from "@/lib/activities/admin/queries";
import { listItemChoices } from "@/lib/activities/admin/queries";
import type { ActivityFormOptions, ActivityFormValues } from "./activity-form-types";

/** The select options of the item form, labelled on the server (enums stay server-side). */
export async function activityFormOptions(): Promise<ActivityFormOptions> {
  const [t, te, choices] = await Promise.all([
    getTranslations("activities.admin.activityForm"),
    getTranslations("core.enums"),
    listItemChoices(),
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
  };
}

/** Which kind of place an item has, as it was stored (see itemData). */
export function placeKindOf(item: Pick<AdminItem, "venueId" | "communityId" | "place">): string {
  if (item.venueId) return "venue";
  if (item.communityId) return "community";
  return item.place ? "text" : "online";
}

export function activityFormValues(item: AdminItem): ActivityFormValues {
  return {
    id: item.id,
    version: item.version,
    title: item.title,
    description: item.description,
    type: item.type,
    commitment: item.commitment,
    plannedMonth: item.plannedMonth,
    plannedDate: item.plannedDate ? item.plannedDate.toISOString().slice(0, 10) : "",
    channel: item.channel,
    format: item.format,
    reach: item.reach,
    capacity: item.capacity === null ? "" : String(item.capacity),
    placeKind: placeKindOf(item),
    place: item.place,
    venueId: item.venueId ? String(item.venueId) : "",
    communityId: item.communityId ? String(item.communityId) : "",
  };
}

import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScheduleForm } from "@/components/activities/participation/schedule-form";
import { beijingTime } from "@/lib/core/time/beijing";
import { schedulable } from "@/lib/activities/schedule/schedule-activity";
import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { requireSecretary } from "@/lib/core/auth/session";
import { getLedActivity, listSchedulableVenues } from "@/lib/activities/participation/queries";
import { listServiceSiteChoices } from "@/lib/pairing/sites/queries";
import { beijingToday, toBeijingLocalInput } from "@/lib/core/time/beijing";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.participation.schedule");
  return { title: t("title") };
}

/** The lead sets or changes when and where its activity happens; saving returns to the activity's page. */
async function ScheduleActivityPageContent({ params }: { params: Params }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/activities/${encodeURIComponent(raw)}/schedule`);
  const id = parseActivityId(raw);
  const activity = id === null ? null : await getLedActivity(id, user.unitId);
  if (!activity) notFound();
  const [t, venues, sites] = await Promise.all([
    getTranslations("activities.participation"),
    listSchedulableVenues(),
    listServiceSiteChoices(activity.serviceSiteId),
  ]);
  const day = activity.startsAt ? beijingToday(activity.startsAt) : activity.plannedDate;
  return (
    <div className="space-y-6">
      <p>
        <Link
          href={`/my/activities/${activity.id}`}
          className="inline-block py-2 text-sm text-brand-700 underline underline-offset-2"
        >
          {t("backToActivity")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("schedule.heading", { title: activity.title })}</h1>
      {schedulable.has(activity.status) ? (
        <ScheduleForm
          activityId={activity.id}
          version={activity.version}
          venues={venues.map((venue) => ({
            value: String(venue.id),
            label: `${venue.name}（${venue.unit.shortName}）`,
          }))}
          serviceSites={sites.map((site) => ({ value: String(site.id), label: site.name }))}
          defaults={{
            date: day ? day.toISOString().slice(0, 10) : "",
            startTime: activity.startsAt ? beijingTime(activity.startsAt) : "",
            endTime: activity.endsAt ? beijingTime(activity.endsAt) : "",
            place: activity.place,
            venueId: activity.venue ? String(activity.venue.id) : "",
            serviceSiteId: activity.serviceSiteId ? String(activity.serviceSiteId) : "",
            description: activity.description,
            capacity: activity.capacity === null ? "" : String(activity.capacity),
            signupDeadline: activity.signupDeadline ? toBeijingLocalInput(activity.signupDeadline) : "",
          }}
        />
      ) : (
        <p className="rounded bg-stone-100 p-3">{t("schedule.locked")}</p>
      )}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function ScheduleActivityPage(props: Parameters<typeof ScheduleActivityPageContent>[0]) {
  return (
    <ClientMessages
      namespaces={[
        "activities.admin",
        "activities.participation",
        "activities.reports.activityNotFound",
        "core.errors",
        "core.validation",
        "venues.bookings.errors",
        "venues.bookings.messages",
      ]}
    >
      <ScheduleActivityPageContent {...props} />
    </ClientMessages>
  );
}

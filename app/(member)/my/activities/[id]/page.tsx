import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { PlannedWhen } from "@/components/activities/planned-when";
import { LeadControls } from "@/components/participation/lead-controls";
import { ParticipantTable } from "@/components/participation/participant-table";
import { parseActivityId } from "@/lib/activities/plan-filters";
import { requireSecretary } from "@/lib/auth/session";
import { getLedActivity } from "@/lib/participation/queries";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participation");
  return { title: t("manage") };
}

/** The lead unit's page for one activity: who signed up, totals, sign-up switches, release. */
export default async function LedActivityPage({ params }: { params: Params }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/activities/${encodeURIComponent(raw)}`);
  const id = parseActivityId(raw);
  // Another unit's activity is as invisible here as a missing one.
  const activity = id === null ? null : await getLedActivity(id, user.unitId);
  if (!activity) notFound();
  const [t, format] = await Promise.all([getTranslations("participation"), getFormatter()]);
  const rows = activity.participations;
  const joined = rows.filter((row) => row.status === "JOINED");
  const waiting = rows.filter((row) => row.status === "WAITLISTED");
  const withdrawn = rows.filter((row) => row.status === "WITHDRAWN");
  const people = joined.reduce((sum, row) => sum + row.headcount, 0);
  const releasable =
    (activity.status === "CLAIMED" || activity.status === "OPEN") && joined.length + waiting.length === 0;
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "";

  return (
    <div className="space-y-6">
      <p>
        <Link href="/my/activities" className="text-sm text-brand-700 underline underline-offset-2">
          {t("backToMy")}
        </Link>
      </p>
      <header className="space-y-2">
        <ActivityStatusBadge status={activity.status} hasLeadUnit />
        <h1 className="text-2xl font-bold">{t("manageTitle", { title: activity.title })}</h1>
        <p className="text-sm text-stone-600">
          <PlannedWhen
            year={activity.year}
            month={activity.plannedMonth}
            date={activity.plannedDate}
            withYear
          />
          {" · "}
          {t("capacity")}{" "}
          {activity.capacity === null ? t("noCapacity") : t("capacityValue", { count: activity.capacity })}
          {" · "}
          <Link href={`/activities/${activity.id}`} className="text-brand-700 underline underline-offset-2">
            {t("publicPage")}
          </Link>
        </p>
      </header>

      <section
        aria-labelledby="controls-heading"
        className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="controls-heading" className="text-lg font-semibold">
          {t("signUpControls")}
        </h2>
        <p className="text-sm">{t("totals", { units: joined.length, people, waiting: waiting.length })}</p>
        <LeadControls activityId={activity.id} status={activity.status} releasable={releasable} />
      </section>

      <ParticipantTable
        id="joined"
        title={t("joinedList")}
        rows={joined}
        when={(row) => when(row.createdAt)}
      />
      <ParticipantTable
        id="waitlist"
        title={t("waitlist")}
        rows={waiting}
        when={(row) => when(row.createdAt)}
        ordered
      />
      {withdrawn.length > 0 ? (
        <ParticipantTable
          id="withdrawn"
          title={t("withdrawnList")}
          rows={withdrawn}
          when={(row) => when(row.withdrawnAt)}
          whenLabel={t("withdrawnAt")}
        />
      ) : null}
    </div>
  );
}

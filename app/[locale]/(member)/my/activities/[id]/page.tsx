import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityStatusBadge } from "@/components/activities/plan/activity-status-badge";
import { NextStepPanel } from "@/components/activities/participation/next-step-panel";
import { ParticipantTable } from "@/components/activities/participation/participant-table";
import { ScheduleSummary } from "@/components/activities/participation/schedule-summary";
import { nextStep } from "@/lib/activities/lifecycle/next-step";
import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { requireSecretary } from "@/lib/core/auth/session";
import { getLedActivity } from "@/lib/activities/participation/queries";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.participation");
  return { title: t("manage") };
}

/** The lead unit's page for one activity: the next step first, then its schedule and who signed up. */
async function LedActivityPageContent({ params, searchParams }: { params: Params; searchParams: Search }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/activities/${encodeURIComponent(raw)}`);
  const id = parseActivityId(raw);
  // Another unit's activity is as invisible here as a missing one.
  const activity = id === null ? null : await getLedActivity(id, user.unitId);
  if (!activity) notFound();
  const scheduled = (await searchParams).scheduled;
  const [t, format] = await Promise.all([getTranslations("activities.participation"), getFormatter()]);
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
        <Link
          href="/my/activities"
          className="inline-block py-2 text-sm text-brand-700 underline underline-offset-2"
        >
          {t("backToMy")}
        </Link>
      </p>
      <header className="space-y-2">
        <ActivityStatusBadge status={activity.status} hasLeadUnit />
        <h1 className="text-2xl font-bold break-words">{t("manageTitle", { title: activity.title })}</h1>
      </header>
      {scheduled === "saved" || scheduled === "pending" ? (
        <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">
          {t(scheduled === "pending" ? "schedule.savedPending" : "schedule.saved")}
        </p>
      ) : null}

      <NextStepPanel
        activity={activity}
        step={nextStep(activity)}
        joinedUnits={joined.length}
        releasable={releasable}
      />

      <ScheduleSummary activity={activity} />

      <p className="text-sm">{t("totals", { units: joined.length, people, waiting: waiting.length })}</p>
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

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function LedActivityPage(props: Parameters<typeof LedActivityPageContent>[0]) {
  return (
    <ClientMessages
      namespaces={[
        "activities.admin.alreadyCancelled",
        "activities.participation",
        "activities.reports",
        "core.errors",
        "core.validation",
      ]}
    >
      <LedActivityPageContent {...props} />
    </ClientMessages>
  );
}

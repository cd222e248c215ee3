import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityStatusBadge } from "@/components/activities/plan/activity-status-badge";
import { CancelActivityForm, MarkHeldForm } from "@/components/activities/reports/lifecycle-forms";
import { PhotoUploadForm, RemovePhotoForm } from "@/components/activities/reports/photo-forms";
import { ReportForm } from "@/components/activities/reports/report-form";
import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { requireSecretary } from "@/lib/core/auth/session";
import { isoDay } from "@/lib/activities/reports/dates";
import { getRunActivity, getUnitAttendance } from "@/lib/activities/reports/queries";
import { maxPhotos } from "@/lib/activities/reports/report-photos";
import { resultRowCount } from "@/lib/activities/reports/schemas";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.reports");
  return { title: t("runTitle") };
}

/** The lead unit runs its activity here: mark it held, file (or fix) the report, add photos, cancel. */
async function RunActivityPageContent({ params }: { params: Params }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/activities/${encodeURIComponent(raw)}/report`);
  const id = parseActivityId(raw);
  const activity = id === null ? null : await getRunActivity(id, user.unitId);
  if (!activity) notFound();
  const t = await getTranslations("activities.reports");
  const report = activity.report;
  const fixing = report?.status === "NEEDS_FIX";
  const canReport = (activity.status === "DONE" && !report) || fixing;
  const attendance = canReport ? await getUnitAttendance(activity.id, user.unitId) : [];
  const filed = new Map(report?.participants.map((row) => [row.unitId, row.count]) ?? []);

  return (
    <div className="space-y-6">
      <BackLink href={`/my/activities/${activity.id}`} label={t("backToActivity")} />
      <header className="space-y-2">
        <ActivityStatusBadge status={activity.status} hasLeadUnit />
        <h1 className="text-2xl font-bold">{t("runHeading", { title: activity.title })}</h1>
        <p>
          <Link
            href={`/my/activities/${activity.id}/checkin`}
            className="text-brand-700 underline underline-offset-2"
          >
            {(await getTranslations("activities.checkin"))("title")}
          </Link>
        </p>
      </header>

      {activity.status === "OPEN" || activity.status === "CLOSED" ? (
        <Card variant="outlined" aria-labelledby="held-heading" className="space-y-3">
          <h2 id="held-heading" className="text-lg font-semibold">
            {t("markHeldTitle")}
          </h2>
          <MarkHeldForm activityId={activity.id} version={activity.version} />
        </Card>
      ) : null}

      {activity.status === "CLAIMED" ? (
        <p className="rounded bg-stone-100 p-3 text-sm">{t("closeSignUpFirst")}</p>
      ) : null}

      {report && !fixing ? (
        <p role="status" className="rounded bg-green-50 p-3 text-green-900">
          {t(report.status === "ACCEPTED" ? "reportAcceptedNote" : "reportSubmittedNote")}{" "}
          <Link href={`/activities/${activity.id}`} className="underline underline-offset-2">
            {t("seePublic")}
          </Link>
        </p>
      ) : null}

      {canReport ? (
        <Card variant="outlined" aria-labelledby="report-heading" className="space-y-3">
          <h2 id="report-heading" className="text-lg font-semibold">
            {t(fixing ? "fixReportTitle" : "reportTitle")}
          </h2>
          {fixing ? (
            <p className="rounded bg-amber-50 p-3 text-amber-900">
              {t("fixRequested", { message: report.fixRequest })}
            </p>
          ) : null}
          <ReportForm
            activityId={activity.id}
            reportVersion={fixing ? report.version : null}
            rowCount={Math.max(resultRowCount, (report?.results.length ?? 0) + 3)}
            units={attendance.map((row) => ({ ...row, count: filed.get(row.unitId) ?? row.checkIns }))}
            defaults={{
              actualDate: isoDay(report?.actualDate ?? activity.plannedDate ?? new Date()),
              volunteerCount: report ? String(report.volunteerCount) : "",
              serviceHours: report ? report.serviceHours.toString() : "",
              summary: report?.summary ?? "",
              results: (report?.results ?? []).map((row) => ({ ...row, value: row.value.toString() })),
            }}
          />
        </Card>
      ) : null}

      {report && report.status !== "ACCEPTED" ? (
        <Card variant="outlined" aria-labelledby="photos-heading" className="space-y-3">
          <h2 id="photos-heading" className="text-lg font-semibold">
            {t("photos", { count: report.photos.length, max: maxPhotos })}
          </h2>
          <ul className="space-y-2">
            {report.photos.map((photo, index) => (
              <li key={photo.id} className="flex items-center justify-between gap-2">
                <span>{photo.caption || t("photoAlt", { n: index + 1 })}</span>
                <RemovePhotoForm
                  activityId={activity.id}
                  photoId={photo.id}
                  label={t("removePhoto", { n: index + 1 })}
                />
              </li>
            ))}
          </ul>
          {report.photos.length < maxPhotos ? <PhotoUploadForm activityId={activity.id} /> : null}
        </Card>
      ) : null}

      {activity.status === "CANCELLED" ? (
        <p className="rounded bg-stone-100 p-3">{t("cancelledNote", { reason: activity.cancelReason })}</p>
      ) : null}

      {["CLAIMED", "OPEN", "CLOSED"].includes(activity.status) ? (
        <Card variant="outlined" aria-labelledby="cancel-heading" className="space-y-3">
          <h2 id="cancel-heading" className="text-lg font-semibold">
            {t("cancelTitle")}
          </h2>
          <p className="text-sm text-stone-700">{t("cancelHint")}</p>
          <CancelActivityForm activityId={activity.id} version={activity.version} />
        </Card>
      ) : null}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function RunActivityPage(props: Parameters<typeof RunActivityPageContent>[0]) {
  return (
    <ClientMessages
      namespaces={[
        "activities.admin.alreadyCancelled",
        "activities.reports",
        "core.errors",
        "core.validation",
      ]}
    >
      <RunActivityPageContent {...props} />
    </ClientMessages>
  );
}

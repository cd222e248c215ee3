import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import {
  countActivityParticipations,
  listActivityChoices,
  listActivitiesForAdmin,
} from "@/lib/activities/admin/queries";
import { yearNumber } from "@/lib/activities/admin/schemas";
import { BackLink } from "@/components/ui/back-link";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { activityFormOptions, activityFormValues } from "@/components/activities/admin/activity-form-options";
import { LeadPanel } from "@/components/activities/admin/lead-panel";
import { RemovePanel } from "@/components/activities/admin/remove-panel";
import { Card } from "@/components/ui/card";

type Params = Promise<{ year: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.admin.activities");
  return { title: t("edit") };
}

export default async function EditPlanActivityPage({ params }: { params: Params }) {
  const raw = await params;
  await requireAdmin(`/admin/plan/${encodeURIComponent(raw.year)}/activities/${encodeURIComponent(raw.id)}`);
  const year = yearNumber.safeParse(raw.year);
  const id = idField.safeParse(raw.id);
  if (!year.success || !id.success) notFound();
  const activity = (await listActivitiesForAdmin(year.data)).find((entry) => entry.id === id.data);
  if (!activity) notFound();
  const [t, te, options, choices, participations] = await Promise.all([
    getTranslations("activities.admin"),
    getTranslations("core.enums"),
    activityFormOptions(activity.serviceSiteId),
    listActivityChoices(),
    countActivityParticipations(activity.id),
  ]);
  const locked = activity.status === "REPORTED" || activity.status === "CANCELLED";
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/plan/${year.data}`} label={t("backToYear", { year: year.data })} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-words">{activity.title}</h1>
        <p className="text-stone-700">
          {te(`ActivityStatus.${activity.status}`)}
          {activity.status === "CANCELLED" ? ` · ${activity.cancelReason}` : ""}
        </p>
      </header>
      {locked ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {activity.status === "REPORTED" ? t("reportedLocked") : t("cancelledLocked")}
        </p>
      ) : (
        <>
          <Card aria-labelledby="edit-heading" className="space-y-3">
            <h2 id="edit-heading" className="text-lg font-semibold">
              {t("activities.edit")}
            </h2>
            {/* Not keyed by version: a remount after saving would drop "saved" with the form's
                state; the version travels in a controlled hidden input instead. */}
            <ActivityForm year={year.data} activity={activityFormValues(activity)} options={options} />
          </Card>
          <Card aria-labelledby="lead-heading" className="space-y-3">
            <h2 id="lead-heading" className="text-lg font-semibold">
              {t("lead.heading")}
            </h2>
            <LeadPanel
              key={`lead-${activity.version}`}
              id={activity.id}
              lead={activity.leadUnit?.name ?? null}
              units={choices.units.map((unit) => ({ value: String(unit.id), label: unit.name }))}
            />
          </Card>
          <Card aria-labelledby="remove-heading" className="space-y-3">
            <h2 id="remove-heading" className="text-lg font-semibold">
              {t("remove.heading")}
            </h2>
            <RemovePanel
              key={`remove-${activity.version}`}
              id={activity.id}
              version={activity.version}
              year={year.data}
              deletable={activity.leadUnit === null && participations === 0}
            />
          </Card>
        </>
      )}
    </div>
  );
}

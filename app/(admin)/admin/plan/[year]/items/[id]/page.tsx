import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { countItemParticipations, listItemChoices, listItemsForAdmin } from "@/lib/activities/admin/queries";
import { yearNumber } from "@/lib/activities/admin/schemas";
import { BackLink } from "@/components/ui/back-link";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { activityFormOptions, activityFormValues } from "@/components/activities/admin/activity-form-options";
import { LeadPanel } from "@/components/activities/admin/lead-panel";
import { RemovePanel } from "@/components/activities/admin/remove-panel";

type Params = Promise<{ year: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.admin.activities");
  return { title: t("edit") };
}

const section = "space-y-3 rounded-lg bg-white p-4 shadow-sm";

export default async function EditPlanItemPage({ params }: { params: Params }) {
  const raw = await params;
  await requireAdmin(`/admin/plan/${encodeURIComponent(raw.year)}/items/${encodeURIComponent(raw.id)}`);
  const year = yearNumber.safeParse(raw.year);
  const id = idField.safeParse(raw.id);
  if (!year.success || !id.success) notFound();
  const item = (await listItemsForAdmin(year.data)).find((entry) => entry.id === id.data);
  if (!item) notFound();
  const [t, te, options, choices, participations] = await Promise.all([
    getTranslations("activities.admin"),
    getTranslations("core.enums"),
    activityFormOptions(),
    listItemChoices(),
    countItemParticipations(item.id),
  ]);
  const locked = item.status === "REPORTED" || item.status === "CANCELLED";
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/plan/${year.data}`} label={t("backToYear", { year: year.data })} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-words">{item.title}</h1>
        <p className="text-stone-700">
          {te(`ActivityStatus.${item.status}`)}
          {item.status === "CANCELLED" ? ` · ${item.cancelReason}` : ""}
        </p>
      </header>
      {locked ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {item.status === "REPORTED" ? t("reportedLocked") : t("cancelledLocked")}
        </p>
      ) : (
        <>
          <section aria-labelledby="edit-heading" className={section}>
            <h2 id="edit-heading" className="text-lg font-semibold">
              {t("activities.edit")}
            </h2>
            <ActivityForm
              key={item.version}
              year={year.data}
              item={activityFormValues(item)}
              options={options}
            />
          </section>
          <section aria-labelledby="lead-heading" className={section}>
            <h2 id="lead-heading" className="text-lg font-semibold">
              {t("lead.heading")}
            </h2>
            <LeadPanel
              key={`lead-${item.version}`}
              id={item.id}
              lead={item.leadUnit?.name ?? null}
              units={choices.units.map((unit) => ({ value: String(unit.id), label: unit.name }))}
            />
          </section>
          <section aria-labelledby="remove-heading" className={section}>
            <h2 id="remove-heading" className="text-lg font-semibold">
              {t("remove.heading")}
            </h2>
            <RemovePanel
              key={`remove-${item.version}`}
              id={item.id}
              version={item.version}
              year={year.data}
              deletable={item.leadUnit === null && participations === 0}
            />
          </section>
        </>
      )}
    </div>
  );
}

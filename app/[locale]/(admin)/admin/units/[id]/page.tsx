import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser, requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { dateOnly, stepsFrom } from "@/lib/units/admin/lifecycle";
import { beijingDate } from "@/lib/core/time/beijing";
import { getUnitForAdmin } from "@/lib/units/admin/queries";
import { UnitAttendanceRates } from "@/components/meetings/attendance/unit-attendance-rates";
import { BackLink } from "@/components/ui/back-link";
import { LifecyclePanel } from "@/components/units/admin/lifecycle-panel";
import { UnitForm } from "@/components/units/admin/unit-form";
import { UnitHistory } from "@/components/units/admin/unit-history";
import { UnitSecretaries } from "@/components/units/admin/unit-secretaries";
import { UnitStatusBadge } from "@/components/units/admin/unit-status-badge";
import { unitFormOptions } from "@/components/units/admin/unit-form-options";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

async function loadUnit(params: Params) {
  const parsed = idField.safeParse((await params).id);
  return parsed.success ? getUnitForAdmin(parsed.data) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("units.admin");
  // Only admins may learn which units exist here (withdrawn ones are not public).
  const unit = can(await getCurrentUser(), "units.manage") ? await loadUnit(params) : null;
  return { title: unit ? unit.shortName : t("title") };
}

async function AdminUnitPageContent({ params }: { params: Params }) {
  const { id } = await params;
  await requireAdmin(`/admin/units/${encodeURIComponent(id)}`);
  const unit = await loadUnit(params);
  if (!unit) notFound();
  const [t, tYear, options] = await Promise.all([
    getTranslations("units.admin"),
    getTranslations("overview.unitYear"),
    unitFormOptions(),
  ]);
  const today = beijingDate();
  const joinedOn = dateOnly(unit.joinedOn);
  const lastChange = unit.statusChanges.reduce<string | null>((latest, change) => {
    const on = dateOnly(change.effectiveOn);
    return latest && latest > on ? latest : on;
  }, null);
  const earliest = lastChange && lastChange > joinedOn ? lastChange : joinedOn;
  const steps = stepsFrom(unit.status);

  return (
    <div className="space-y-8">
      <BackLink href="/admin/units" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold break-words">{unit.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <span className="font-mono">{unit.slug}</span>
          <UnitStatusBadge status={unit.status} />
          {unit.status !== "WITHDRAWN" ? (
            <Link href={`/units/${unit.slug}`} className="text-brand-700 underline">
              {t("detail.publicProfile")}
            </Link>
          ) : null}
          <Link href={`/admin/units/${unit.id}/year`} className="text-brand-700 underline">
            {tYear("adminUnitLink")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="lifecycle-heading" className="space-y-3">
        <h2 id="lifecycle-heading" className="text-lg font-semibold">
          {t("lifecycle.heading")}
        </h2>
        {/* Rendered even for WITHDRAWN units, so the confirmation of the last step stays visible. */}
        <LifecyclePanel
          steps={steps}
          unitId={unit.id}
          status={unit.status}
          today={today}
          earliest={earliest}
          finalNote={steps.length === 0 ? t("lifecycle.withdrawnNote") : undefined}
        />
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("detail.history")}
        </h2>
        <UnitHistory changes={unit.statusChanges} />
      </section>

      <section aria-labelledby="secretaries-heading" className="space-y-3">
        <h2 id="secretaries-heading" className="text-lg font-semibold">
          {t("detail.secretaries")}
        </h2>
        <UnitSecretaries unitId={unit.id} users={unit.users} />
      </section>

      <UnitAttendanceRates unitId={unit.id} />
      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("form.editTitle")}
        </h2>
        <Card as="div">
          <UnitForm
            today={today}
            {...options}
            unit={{
              id: unit.id,
              version: unit.updatedAt.toISOString(),
              name: unit.name,
              shortName: unit.shortName,
              slug: unit.slug,
              category: unit.category,
              orgType: unit.orgType,
              inDistrict: unit.inDistrict,
              intro: unit.intro,
              address: unit.address,
              contactName: unit.contactName,
              contactPhone: unit.contactPhone,
              contactPhonePublic: unit.contactPhonePublic,
              joinedOn,
              isDemo: unit.isDemo,
              latitude: unit.latitude?.toString() ?? "",
              longitude: unit.longitude?.toString() ?? "",
            }}
          />
        </Card>
      </section>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminUnitPage(props: Parameters<typeof AdminUnitPageContent>[0]) {
  return (
    <ClientMessages namespaces={["activities.admin.import", "core.errors", "core.validation", "units.admin"]}>
      <AdminUnitPageContent {...props} />
    </ClientMessages>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import {
  defaultRotationYear,
  getRotationYearAdmin,
  getScheduleView,
  listRotationYears,
} from "@/lib/rotation/admin/queries";
import { GenerateForm } from "@/components/rotation/admin/generate-form";
import { PairsSection } from "@/components/rotation/admin/pairs-section";
import { ScheduleSection } from "@/components/rotation/admin/schedule-section";
import { SettingsForm } from "@/components/rotation/admin/settings-form";
import { UnitInputs } from "@/components/rotation/admin/unit-inputs";
import { VersionList } from "@/components/rotation/admin/version-list";
import { YearPicker } from "@/components/rotation/admin/year-picker";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rotation.admin");
  return { title: t("title") };
}

function positiveInt(value: string | string[] | undefined, min: number, max: number): number | null {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number >= min && number <= max ? number : null;
}

async function AdminRotationPageContent({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin("/admin/rotation");
  const params = await searchParams;
  const [t, tMy, tPublic, years] = await Promise.all([
    getTranslations("rotation.admin"),
    getTranslations("rotation.unit"),
    getTranslations("rotation.public"),
    listRotationYears(),
  ]);
  const year = positiveInt(params.year, 2000, 9999) ?? defaultRotationYear(years.map((row) => row.year));
  const versionNumber = params.version === undefined ? null : positiveInt(params.version, 1, 1_000_000);
  if (params.version !== undefined && versionNumber === null) notFound();
  const data = await getRotationYearAdmin(year);
  const view = data ? await getScheduleView(year, versionNumber) : null;
  if (versionNumber !== null && !view) notFound();
  const draft = data?.versions.find((version) => version.status === "DRAFT") ?? null;
  const hasPublished = data?.versions.some((version) => version.status === "PUBLISHED") ?? false;
  const entered = data?.entered ?? 0;
  const deadline = data?.settings.preferenceDeadline?.toISOString().slice(0, 10) ?? "";

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin/rotation/swaps" className="text-brand-700 underline underline-offset-2">
          {tMy("adminTitle")}
        </Link>
        <Link href="/admin/rotation/reminders" className="text-brand-700 underline underline-offset-2">
          {tPublic("reminders.title")}
        </Link>
        <Link href={`/rotation?year=${year}`} className="text-brand-700 underline underline-offset-2">
          {t("publicPage")}
        </Link>
      </p>
      <YearPicker years={years.map((row) => row.year)} current={year} />
      <Card aria-labelledby="settings-heading" className="space-y-3">
        <h2 id="settings-heading" className="text-lg font-semibold">
          {t("settings.heading", { year })}
        </h2>
        {data ? (
          <p className="text-sm text-stone-700" data-count={entered}>
            {t("settings.status", { entered, total: data.units.length })}{" "}
            {deadline ? t("settings.deadlineIs", { date: deadline }) : t("settings.noDeadline")}
          </p>
        ) : (
          <p className="text-sm text-stone-700">{t("settings.none", { year })}</p>
        )}
        <SettingsForm
          key={year}
          year={year}
          settings={data ? { ...data.settings, preferenceDeadline: deadline } : null}
        />
      </Card>
      {data ? (
        <>
          {view ? (
            <ScheduleSection
              view={view}
              dutyMonths={data.settings.dutyMonths}
              readOnly={versionNumber !== null}
              hasPublished={hasPublished}
            />
          ) : null}
          <Card aria-labelledby="generate-heading" className="space-y-3">
            <h2 id="generate-heading" className="text-lg font-semibold">
              {t("generate.heading")}
            </h2>
            <GenerateForm key={year} year={year} draftNumber={draft?.number ?? null} />
          </Card>
          <Card aria-labelledby="versions-heading" className="space-y-3">
            <h2 id="versions-heading" className="text-lg font-semibold">
              {t("versions.heading")}
            </h2>
            <VersionList year={year} versions={data.versions} />
          </Card>
          <Card aria-labelledby="units-heading" className="space-y-3">
            <h2 id="units-heading" className="text-lg font-semibold">
              {t("units.heading")}
            </h2>
            <p className="text-sm text-stone-700">
              {t("units.explain", { times: data.settings.defaultTimes })}
            </p>
            <UnitInputs data={data} />
          </Card>
          <PairsSection year={year} units={data.units} pairs={data.pairs} />
        </>
      ) : null}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminRotationPage(props: Parameters<typeof AdminRotationPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["rotation.admin"]}>
      <AdminRotationPageContent {...props} />
    </ClientMessages>
  );
}

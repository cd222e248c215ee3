import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listUnitOptions } from "@/lib/units/accounts/queries";
import { AddSecretaryForm } from "@/components/units/accounts/add-secretary-form";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.accounts");
  return { title: t("addSecretary") };
}

/** Adds a secretary; `?unit=<id>&role=DEPUTY` preselects (the unit admin pages link here). */
async function NewSecretaryPageContent({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/users/new");
  const params = await searchParams;
  const [t, te, units] = await Promise.all([
    getTranslations("units.accounts"),
    getTranslations("core.enums"),
    listUnitOptions(),
  ]);
  // Withdrawn units get no new secretaries; suspended ones may (they sign in once reinstated).
  const choices = units
    .filter((unit) => unit.status !== "WITHDRAWN")
    .map((unit) => ({
      value: String(unit.id),
      label: unit.status === "ACTIVE" ? unit.name : `${unit.name}（${te(`UnitStatus.${unit.status}`)}）`,
    }));
  const unitId = typeof params.unit === "string" ? params.unit : undefined;
  const unitRole = params.role === "DEPUTY" ? "DEPUTY" : "PRIMARY";
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <BackLink href="/admin/users" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("addSecretary")}</h1>
        <p className="text-stone-700">{t("add.secretaryIntro")}</p>
      </header>
      <AddSecretaryForm units={choices} unitId={unitId} unitRole={unitRole} />
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function NewSecretaryPage(props: Parameters<typeof NewSecretaryPageContent>[0]) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.accounts"]}>
      <NewSecretaryPageContent {...props} />
    </ClientMessages>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { beijingDate } from "@/lib/core/time/beijing";
import { getLogEntryForAdmin, listSiteFormChoices } from "@/lib/pairing/sites/queries";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { LogEntryForm } from "@/components/pairing/sites/log-entry-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string; entryId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.sites.admin");
  return { title: t("editEntryTitle") };
}

async function EditEntryPageContent({ params }: { params: Params }) {
  const raw = await params;
  await requireAdmin(`/admin/sites/${encodeURIComponent(raw.id)}/log/${encodeURIComponent(raw.entryId)}`);
  const siteId = idField.safeParse(raw.id);
  const entryId = idField.safeParse(raw.entryId);
  if (!siteId.success || !entryId.success) notFound();
  const [t, entry, choices] = await Promise.all([
    getTranslations("pairing.sites.admin"),
    getLogEntryForAdmin(siteId.data, entryId.data),
    listSiteFormChoices(),
  ]);
  if (!entry) notFound();
  const option = ({ id, name }: { id: number; name: string }) => ({ value: String(id), label: name });
  // The boxes: units serving the site and those this visit had (a unit may have stopped serving).
  const boxes = new Map(entry.site.units.map(({ unit }) => [unit.id, option(unit)]));
  for (const { unit } of entry.units) boxes.set(unit.id, option(unit));
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/sites/${entry.site.id}`} label={t("backToSite", { name: entry.site.name })} />
      <h1 className="text-2xl font-bold">{t("editEntryTitle")}</h1>
      {entry.activity ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t("entryFromReport")}</p>
      ) : (
        <Card as="div">
          <LogEntryForm
            siteId={entry.site.id}
            servingUnits={[...boxes.values()]}
            allUnits={choices.units.map(option)}
            today={beijingDate()}
            entry={{
              id: entry.id,
              version: entry.updatedAt.toISOString(),
              servedOn: entry.servedOn.toISOString().slice(0, 10),
              volunteers: String(entry.volunteers),
              hours: entry.hours.toString(),
              summary: entry.summary,
              unitIds: entry.units.map(({ unit }) => String(unit.id)),
              results: entry.results.map((row) => ({
                label: row.label,
                value: row.value.toString(),
                unit: row.unit,
              })),
            }}
          />
        </Card>
      )}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function EditEntryPage(props: Parameters<typeof EditEntryPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["pairing.sites", "core.errors.staleVersion"]}>
      <EditEntryPageContent {...props} />
    </ClientMessages>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser, requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { beijingDate } from "@/lib/core/time/beijing";
import { getSiteForAdmin, listSiteFormChoices } from "@/lib/pairing/sites/queries";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { AdminEntryActions } from "@/components/pairing/sites/admin-entry-actions";
import { LogEntryForm } from "@/components/pairing/sites/log-entry-form";
import { SiteForm } from "@/components/pairing/sites/site-form";
import { SiteLogList } from "@/components/pairing/sites/site-log-list";
import { SiteUnitsPanel } from "@/components/pairing/sites/site-units-panel";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

async function loadSite(params: Params) {
  const parsed = idField.safeParse((await params).id);
  return parsed.success ? getSiteForAdmin(parsed.data) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("pairing.sites.admin");
  const site = can(await getCurrentUser(), "sites.manage") ? await loadSite(params) : null;
  return { title: site ? site.name : t("title") };
}

const text = (value: { toString(): string } | null) => (value === null ? "" : value.toString());

async function AdminSitePageContent({ params }: { params: Params }) {
  await requireAdmin(`/admin/sites/${encodeURIComponent((await params).id)}`);
  const site = await loadSite(params);
  if (!site) notFound();
  const [t, ts, choices] = await Promise.all([
    getTranslations("pairing.sites.admin"),
    getTranslations("pairing.sites"),
    listSiteFormChoices(),
  ]);
  const today = beijingDate();
  const option = ({ id, name }: { id: number; name: string }) => ({ value: String(id), label: name });
  return (
    <div className="space-y-8">
      <BackLink href="/admin/sites" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold break-words">{site.name}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          {site.active ? null : <Badge tone="amber">{ts("inactive")}</Badge>}
          <Link href={`/sites/${site.id}`} className="text-brand-700 underline underline-offset-2">
            {t("publicPage")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="text-lg font-semibold">
          {t("logHeading")}
        </h2>
        <Card as="div" className="space-y-3">
          <h3 className="font-semibold">{t("addEntryHeading")}</h3>
          <LogEntryForm
            siteId={site.id}
            servingUnits={site.units.map(({ unit }) => option(unit))}
            allUnits={choices.units.map(option)}
            today={today}
          />
        </Card>
        {site._count.logEntries > site.logEntries.length ? (
          <p className="text-sm text-stone-600">
            {t("logShown", { shown: site.logEntries.length, total: site._count.logEntries })}
          </p>
        ) : null}
        <SiteLogList
          entries={site.logEntries}
          actions={(entry) => <AdminEntryActions siteId={site.id} entry={entry} />}
        />
      </section>

      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-lg font-semibold">
          {t("unitsHeading")}
        </h2>
        <SiteUnitsPanel
          siteId={site.id}
          units={site.units.map(({ unit, since }) => ({
            id: unit.id,
            name: unit.name,
            since: since.toISOString().slice(0, 10),
          }))}
          choices={choices.units.map(option)}
          today={today}
        />
      </section>

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("detailsHeading")}
        </h2>
        <Card as="div">
          <SiteForm
            communities={choices.communities.map(option)}
            site={{
              id: site.id,
              version: site.version,
              name: site.name,
              description: site.description,
              areaSqm: text(site.areaSqm),
              address: site.address,
              latitude: text(site.latitude),
              longitude: text(site.longitude),
              communityId: String(site.communityId),
              active: site.active,
            }}
          />
        </Card>
      </section>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminSitePage(props: Parameters<typeof AdminSitePageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["pairing.sites", "core.errors.staleVersion"]}>
      <AdminSitePageContent {...props} />
    </ClientMessages>
  );
}

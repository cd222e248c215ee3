import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { PairingStatus } from "@/lib/generated/prisma/enums";
import { listAdminPairings } from "@/lib/pairing/pairings/admin-queries";
import { parseStatusFilter } from "@/lib/pairing/pairings/params";
import { PairingSummary } from "@/components/pairing/pairings/pairing-summary";
import { Card } from "@/components/ui/card";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.pairings");
  return { title: t("adminTitle") };
}

/** Every pairing, proposals waiting first; a status filter narrows the list. */
export default async function AdminPairingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/pairings");
  const status = parseStatusFilter((await searchParams).status);
  const [t, pairings] = await Promise.all([getTranslations("pairing.pairings"), listAdminPairings(status)]);
  const waiting = pairings.filter((pairing) => pairing.status === "PROPOSED").length;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("adminTitle")}
        actions={[{ href: "/admin/pairings/new", label: t("form.createTitle") }]}
      />
      <p className="text-stone-700">{t("adminIntro")}</p>
      <FilterBar
        action="/admin/pairings"
        submitLabel={t("filter.submit")}
        inline
        clear={status ? { href: "/admin/pairings", label: t("filter.clear") } : undefined}
      >
        <FilterSelect
          label={t("filter.status")}
          name="status"
          value={status}
          any={t("filter.any")}
          options={Object.values(PairingStatus).map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </FilterBar>
      <p role="status" className="text-sm text-stone-700" data-count={pairings.length}>
        {t("listCount", { count: pairings.length })}
      </p>
      {status === null && waiting > 0 ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {t("waitingCount", { count: waiting })}
        </p>
      ) : null}
      {pairings.length === 0 ? (
        <p className="text-stone-600">{t("adminEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {pairings.map((pairing) => (
            <Card as="li" key={pairing.id} data-pairing={pairing.id}>
              <PairingSummary pairing={pairing} href={`/admin/pairings/${pairing.id}`} headingLevel="h2" />
              {pairing.community.subdistrict ? (
                <p className="text-sm text-stone-600">{pairing.community.subdistrict.name}</p>
              ) : null}
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}

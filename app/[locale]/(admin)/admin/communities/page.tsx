import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listCommunitiesForAdmin, listSubdistricts } from "@/lib/pairing/communities/queries";
import { maxSearchLength, parseCommunitySearch } from "@/lib/pairing/communities/search";
import { AdminCommunityList } from "@/components/pairing/communities/admin-community-list";
import { SubdistrictRenameForm } from "@/components/pairing/communities/subdistrict-rename-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.communities.admin");
  return { title: t("title") };
}

/** The communities by subdistrict, searchable, with the subdistricts' rename forms below. */
export default async function AdminCommunitiesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/communities");
  const q = parseCommunitySearch((await searchParams).q);
  const [t, communities, subdistricts] = await Promise.all([
    getTranslations("pairing.communities.admin"),
    listCommunitiesForAdmin(q),
    listSubdistricts(),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin" label={t("backToAdmin")} />
      <PageHeader title={t("title")} actions={[{ href: "/admin/communities/new", label: t("new") }]} />
      <FilterBar
        action="/admin/communities"
        inline
        submitLabel={t("submit")}
        clear={q ? { href: "/admin/communities", label: t("clear") } : undefined}
      >
        <FilterField label={t("search")}>
          <Input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={maxSearchLength}
            placeholder={t("searchPlaceholder")}
          />
        </FilterField>
      </FilterBar>
      <p className="text-sm text-stone-700" role="status">
        {t("resultCount", { count: communities.length })}
      </p>
      {communities.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {t("empty")}
        </p>
      ) : (
        <AdminCommunityList communities={communities} />
      )}
      <Card aria-labelledby="subdistricts-heading" className="space-y-4">
        <header className="space-y-1">
          <h2 id="subdistricts-heading" className="text-lg font-semibold">
            {t("subdistricts")}
          </h2>
          <p className="text-sm text-stone-600">{t("subdistrictsHint")}</p>
        </header>
        {subdistricts.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noSubdistricts")}</p>
        ) : (
          <ul className="space-y-4">
            {subdistricts.map((subdistrict) => (
              <li key={subdistrict.id} className="space-y-1">
                <p className="text-sm text-stone-600">
                  {subdistrict.name} ·{" "}
                  {t("subdistrictCommunities", { count: subdistrict._count.communities })}
                </p>
                <SubdistrictRenameForm subdistrict={subdistrict} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

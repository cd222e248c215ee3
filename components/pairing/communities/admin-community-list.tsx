import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { groupBySubdistrict } from "@/lib/pairing/communities/group-by-subdistrict";
import type { AdminCommunityRow } from "@/lib/pairing/communities/queries";
import { Card } from "@/components/ui/card";

/** The admin's communities, grouped by subdistrict, each with what is going on there. */
export async function AdminCommunityList({ communities }: { communities: AdminCommunityRow[] }) {
  const t = await getTranslations("pairing.communities.admin");
  return (
    <div className="space-y-6">
      {groupBySubdistrict(communities).map((group) => (
        <section
          key={group.subdistrict?.id ?? "none"}
          aria-labelledby={`subdistrict-${group.subdistrict?.id ?? 0}`}
        >
          <h2 id={`subdistrict-${group.subdistrict?.id ?? 0}`} className="mb-2 text-lg font-semibold">
            {group.subdistrict?.name ?? t("noSubdistrict")}
          </h2>
          <ul className="space-y-2">
            {group.communities.map((community) => (
              <Card as="li" key={community.id} className="space-y-1">
                <Link
                  href={`/admin/communities/${community.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
                >
                  {community.name}
                </Link>
                {community.address ? <p className="text-sm text-stone-600">{community.address}</p> : null}
                <p className="text-sm text-stone-700">
                  {t("counts", {
                    pairings: community._count.pairings,
                    needs: community._count.needs,
                    sites: community._count.serviceSites,
                  })}
                </p>
                {community.unit ? (
                  <p className="text-sm text-stone-600">{t("ownUnit", { unit: community.unit.shortName })}</p>
                ) : null}
              </Card>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { groupBySubdistrict } from "@/lib/pairing/communities/group-by-subdistrict";
import type { PublicCommunityRow } from "@/lib/pairing/communities/queries";
import { Card } from "@/components/ui/card";

/**
 * The public communities by subdistrict. No counts of pairings or needs here: this cached list
 * is not expired when those change (the community's own page is), so it shows only what a
 * community edit changes.
 */
export async function PublicCommunityList({ communities }: { communities: PublicCommunityRow[] }) {
  const t = await getTranslations("pairing.communities.public");
  if (communities.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <div className="space-y-6">
      {groupBySubdistrict(communities).map((group) => {
        const headingId = `subdistrict-${group.subdistrict?.id ?? 0}`;
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-2 text-lg font-semibold">
              {group.subdistrict?.name ?? t("noSubdistrict")}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {group.communities.map((community) => (
                <Card as="li" key={community.id} variant="outlined" className="space-y-1">
                  <Link
                    href={`/communities/${community.id}`}
                    className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
                  >
                    {community.name}
                  </Link>
                  {community.address ? <p className="text-sm text-stone-600">{community.address}</p> : null}
                </Card>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

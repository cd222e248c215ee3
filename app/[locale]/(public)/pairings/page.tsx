import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { listPublicPairings } from "@/lib/pairing/pairings/queries";
import { groupPairings } from "@/lib/pairing/pairings/group-pairings";
import { PairingSummary } from "@/components/pairing/pairings/pairing-summary";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.pairings");
  return { title: t("publicTitle") };
}

const textLink = "inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2";

// Rendered once, then served from the cache (issue 14): the same for everybody. Pairing writes
// expire it (pairingChanged in lib/core/site/revalidate-public.ts).
export default async function PairingsPage() {
  const [t, pairings] = await Promise.all([getTranslations("pairing.pairings"), listPublicPairings()]);
  const subdistricts = groupPairings(pairings);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("publicTitle")}</h1>
        <p className="leading-relaxed text-stone-700">{t("publicIntro")}</p>
        <nav aria-label={t("relatedLinks")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/communities" className={textLink}>
            {t("linkCommunities")}
          </Link>
          <Link href="/needs" className={textLink}>
            {t("linkNeeds")}
          </Link>
          <Link href="/sites" className={textLink}>
            {t("linkSites")}
          </Link>
        </nav>
      </header>
      {subdistricts.length === 0 ? (
        <p className="text-stone-600">{t("publicEmpty")}</p>
      ) : (
        subdistricts.map((group, index) => (
          <section key={group.subdistrict} aria-labelledby={`subdistrict-${index}`} className="space-y-3">
            <h2 id={`subdistrict-${index}`} className="text-xl font-semibold">
              {group.subdistrict || t("form.noSubdistrict")}
            </h2>
            {group.communities.map((community) => (
              <Card key={community.id} aria-labelledby={`community-${community.id}`} className="space-y-3">
                <h3 id={`community-${community.id}`} className="text-lg font-semibold">
                  <Link
                    href={`/communities/${community.id}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {community.name}
                  </Link>
                </h3>
                <ul className="space-y-3">
                  {community.pairings.map((pairing) => (
                    <li key={pairing.id} className="border-t border-stone-100 pt-3">
                      <PairingSummary
                        pairing={pairing}
                        href={`/pairings/${pairing.id}`}
                        side="units"
                        headingLevel="h4"
                      />
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </section>
        ))
      )}
    </div>
  );
}

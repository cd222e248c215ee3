import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { beijingDate } from "@/lib/core/time/beijing";
import { listCommunityOptions, listMyPairings } from "@/lib/pairing/pairings/queries";
import { PairingForm } from "@/components/pairing/pairings/pairing-form";
import { PairingHistory } from "@/components/pairing/pairings/pairing-history";
import { PairingSummary } from "@/components/pairing/pairings/pairing-summary";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.pairings");
  return { title: t("myTitle") };
}

/** The unit's pairings in every status with their history, and the form to propose one. */
export default async function MyPairingsPage() {
  const user = await requireSecretary("/my/pairings");
  const [t, pairings, communities] = await Promise.all([
    getTranslations("pairing.pairings"),
    listMyPairings(user.unitId),
    listCommunityOptions(user.unitId),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("myTitle")}</h1>
        <p className="text-stone-700">{t("myIntro")}</p>
      </header>
      <section aria-labelledby="my-pairings-heading" className="space-y-3">
        <h2 id="my-pairings-heading" className="text-lg font-semibold">
          {t("myListTitle")}
        </h2>
        {pairings.length === 0 ? (
          <p className="text-stone-600">{t("myEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {pairings.map((pairing) => (
              <Card as="li" key={pairing.id} className="space-y-3" data-pairing={pairing.id}>
                <PairingSummary
                  pairing={pairing}
                  href={
                    pairing.status === "PROPOSED" || pairing.status === "DECLINED"
                      ? undefined
                      : `/pairings/${pairing.id}`
                  }
                />
                {pairing.note ? (
                  <p className="whitespace-pre-line break-words text-sm">{pairing.note}</p>
                ) : null}
                <details>
                  <summary className="inline-flex min-h-6 cursor-pointer items-center text-sm text-brand-700">
                    {t("showHistory")}
                  </summary>
                  <PairingHistory
                    events={pairing.events}
                    headingId={`history-${pairing.id}`}
                    headingLevel="h3"
                  />
                </details>
              </Card>
            ))}
          </ul>
        )}
      </section>
      <Card aria-labelledby="propose-heading" className="space-y-3">
        <h2 id="propose-heading" className="text-lg font-semibold">
          {t("form.proposeTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("form.proposeIntro")}</p>
        <PairingForm communities={communities} today={beijingDate()} />
      </Card>
    </div>
  );
}

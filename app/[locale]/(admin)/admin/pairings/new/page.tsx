import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { beijingDate } from "@/lib/core/time/beijing";
import { listPairableUnits } from "@/lib/pairing/pairings/admin-queries";
import { listCommunityOptions } from "@/lib/pairing/pairings/queries";
import { PairingForm } from "@/components/pairing/pairings/pairing-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.pairings");
  return { title: t("form.createTitle") };
}

/** The admin pairs one unit or a group of units (多对一抱团) with a community directly. */
export default async function NewPairingPage() {
  await requireAdmin("/admin/pairings/new");
  const [t, communities, units] = await Promise.all([
    getTranslations("pairing.pairings"),
    listCommunityOptions(),
    listPairableUnits(),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <BackLink href="/admin/pairings" label={t("backToAdmin")} />
      <h1 className="text-2xl font-bold">{t("form.createTitle")}</h1>
      <p className="text-stone-700">{t("form.createIntro")}</p>
      <Card>
        <PairingForm communities={communities} units={units} today={beijingDate()} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import {
  getUnitCommitments,
  listCommunityOptions,
  listEvidenceOptions,
  listMyCommitmentRecords,
} from "@/lib/activities/commitments/queries";
import { countClaimed, countDone } from "@/lib/activities/commitments/score";
import { parseYearParam } from "@/lib/activities/commitments/year";
import { beijingToday } from "@/lib/core/time/beijing";
import { CommitmentCard } from "@/components/activities/commitments/commitment-card";
import { RecordForm } from "@/components/activities/commitments/record-form";
import { RulesHelp } from "@/components/activities/commitments/rules-help";
import { YearSwitcher } from "@/components/activities/commitments/year-switcher";
import { Card } from "@/components/ui/card";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.commitments");
  return { title: t("title") };
}

/** The secretary's five: where each stands, its records, and the form to add evidence. */
export default async function MyCommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSecretary("/my/commitments");
  const year = parseYearParam((await searchParams).year);
  const [t, items, records, options, communities] = await Promise.all([
    getTranslations("activities.commitments"),
    getUnitCommitments(user.unitId, year),
    listMyCommitmentRecords(user.unitId, year),
    listEvidenceOptions(user.unitId, year),
    listCommunityOptions(),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("yearTitle", { year })}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <YearSwitcher path="/my/commitments" year={year} />
      </header>

      <section aria-labelledby="five-heading" className="space-y-3">
        <h2 id="five-heading" className="text-lg font-semibold">
          {t("title")} · {t("tallyLong", { confirmed: countDone(items), claimed: countClaimed(items) })}
        </h2>
        <ul className="space-y-3">
          {items.map((item) => (
            <CommitmentCard
              key={item.commitment}
              item={item}
              records={records.filter((r) => r.commitment === item.commitment)}
            />
          ))}
        </ul>
      </section>

      <Card aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-lg font-semibold">
          {t("addRecord")}
        </h2>
        <p className="text-sm text-stone-700">{t("addIntro")}</p>
        <RulesHelp />
        <RecordForm
          today={beijingToday().toISOString().slice(0, 10)}
          options={options}
          communities={communities}
        />
      </Card>
    </div>
  );
}

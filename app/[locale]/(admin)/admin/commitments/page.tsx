import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { getCommitmentGrid, listRecordsForReview } from "@/lib/activities/commitments/queries";
import { parseYearParam } from "@/lib/activities/commitments/year";
import { CommitmentGrid } from "@/components/activities/commitments/commitment-grid";
import { ReviewQueue } from "@/components/activities/commitments/review-queue";
import { RulesHelp } from "@/components/activities/commitments/rules-help";
import { YearSwitcher } from "@/components/activities/commitments/year-switcher";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.commitments");
  return { title: t("gridTitle") };
}

/** The admin's commitments: the rules, the records waiting for review, then units × 5. */
async function AdminCommitmentsPageContent({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/commitments");
  const year = parseYearParam((await searchParams).year);
  const [t, grid, queue] = await Promise.all([
    getTranslations("activities.commitments"),
    getCommitmentGrid(year),
    listRecordsForReview(),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("gridTitle")} · {year}
        </h1>
        <p className="text-stone-700">{t("adminIntro")}</p>
        <RulesHelp />
      </header>
      <ReviewQueue records={queue} />
      <section aria-labelledby="grid-heading" className="space-y-3">
        <h2 id="grid-heading" className="text-lg font-semibold">
          {t("gridHeading", { year })}
        </h2>
        <YearSwitcher path="/admin/commitments" year={year} />
        <CommitmentGrid grid={grid} year={year} />
      </section>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminCommitmentsPage(props: Parameters<typeof AdminCommitmentsPageContent>[0]) {
  return (
    <ClientMessages
      namespaces={["activities.commitments", "activities.reports", "core.errors", "core.validation"]}
    >
      <AdminCommitmentsPageContent {...props} />
    </ClientMessages>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { getCommitmentGrid } from "@/lib/commitments/queries";
import { parseYearParam } from "@/lib/commitments/year";
import { CommitmentGrid } from "@/components/commitments/commitment-grid";
import { YearSwitcher } from "@/components/commitments/year-switcher";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("commitments");
  return { title: t("gridTitle") };
}

export default async function AdminCommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/commitments");
  const year = parseYearParam((await searchParams).year);
  const [t, grid] = await Promise.all([getTranslations("commitments"), getCommitmentGrid(year)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("gridTitle")} · {year}
        </h1>
        <YearSwitcher path="/admin/commitments" year={year} />
      </header>
      <CommitmentGrid grid={grid} year={year} />
    </div>
  );
}

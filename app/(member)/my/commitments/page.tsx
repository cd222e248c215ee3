import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/auth/session";
import { getUnitCommitments, listCommunityOptions, listMyCommitmentRecords } from "@/lib/commitments/queries";
import { countDone } from "@/lib/commitments/score";
import { parseYearParam } from "@/lib/commitments/year";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { DeleteRecordForm } from "@/components/commitments/delete-record-form";
import { RecordForm } from "@/components/commitments/record-form";
import { YearSwitcher } from "@/components/commitments/year-switcher";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("commitments");
  return { title: t("title") };
}

export default async function MyCommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSecretary("/my/commitments");
  const year = parseYearParam((await searchParams).year);
  const [t, items, records, communities] = await Promise.all([
    getTranslations("commitments"),
    getUnitCommitments(user.unitId, year),
    listMyCommitmentRecords(user.unitId, year),
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
          {t("title")} · {t("doneCount", { done: countDone(items) })}
        </h2>
        <CommitmentList items={items} />
      </section>

      <section aria-labelledby="records-heading" className="space-y-3">
        <h2 id="records-heading" className="text-lg font-semibold">
          {t("records")}
        </h2>
        {records.length === 0 ? <p className="text-stone-600">{t("noRecords")}</p> : null}
        <ul className="space-y-3">
          {records.map((record) => (
            <li key={record.id} className="space-y-2 rounded-lg bg-white p-3 shadow-sm">
              <p className="text-sm text-stone-600">
                {t(`commitment.${record.commitment}`)} · {t(`status.${record.status}`)}
              </p>
              <p className="font-medium">{record.title}</p>
              {record.description ? (
                <p className="whitespace-pre-line text-sm text-stone-700">{record.description}</p>
              ) : null}
              {record.community ? (
                <p className="text-sm text-stone-700">{t("community", { name: record.community.name })}</p>
              ) : null}
              {record.roster.length > 0 ? (
                <p className="text-sm text-stone-700">{t("rosterCount", { count: record.roster.length })}</p>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm text-brand-700 underline">
                  {t("editRecord")} · {record.title}
                </summary>
                <div className="mt-3">
                  <RecordForm year={year} record={record} communities={communities} />
                </div>
              </details>
              <DeleteRecordForm id={record.id} version={record.version} title={record.title} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="add-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="add-heading" className="text-lg font-semibold">
          {t("addRecord")}
        </h2>
        <RecordForm year={year} communities={communities} />
      </section>
    </div>
  );
}

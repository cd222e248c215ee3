import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { RotationMonthList } from "@/components/rotation/public/rotation-month-list";
import { RotationYearNav } from "@/components/rotation/public/rotation-year-nav";
import { getPublishedRotation, listPublishedRotationYears } from "@/lib/rotation/public/queries";
import { chooseRotationYear, rotationList } from "@/lib/rotation/public/rotation-view";
import { readSegments } from "@/lib/core/site/list-query";
import { formatBeijingDateTime, beijingYearMonth } from "@/lib/core/time/beijing";

// `/rotation?year=2026` as proxy.ts rewrites it: `/rotation/year-2026`
// (lib/core/site/list-query.ts). It reads no query, so each year is rendered once and then
// served from the cache; nothing is rendered at build.

type Params = Promise<{ locale: string; filter?: string[] }>;

export function generateStaticParams() {
  return [];
}

async function pickYear(params: Params) {
  const query = readSegments(rotationList, (await params).filter ?? []);
  if (!query) notFound();
  const years = await listPublishedRotationYears();
  return { years, year: chooseRotationYear(query.get("year") ?? undefined, years, beijingYearMonth().year) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await pickYear(params);
  const t = await getTranslations("rotation.public");
  return { title: t("metaTitle", { year }) };
}

/** The published rotation (活动轮值) of a year: who is on duty each month and what they lead. */
export default async function RotationPage({ params }: { params: Params }) {
  const { years, year } = await pickYear(params);
  const [t, rotation] = await Promise.all([getTranslations("rotation.public"), getPublishedRotation(year)]);
  const today = beijingYearMonth();

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heading", { year })}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        {rotation ? (
          <p className="text-sm text-stone-600">
            {t("version", {
              number: rotation.number,
              date: rotation.publishedAt ? formatBeijingDateTime(rotation.publishedAt).slice(0, 10) : "—",
            })}
            {" · "}
            <Link href={`/plan?year=${year}`} className="text-brand-700 underline underline-offset-2">
              {t("planLink", { year })}
            </Link>
          </p>
        ) : null}
        <RotationYearNav years={years} current={year} />
      </header>

      {rotation ? (
        <RotationMonthList
          year={year}
          months={rotation.months}
          currentMonth={year === today.year ? today.month : null}
        />
      ) : (
        <section
          aria-labelledby="no-rotation-heading"
          className="rounded-lg border border-stone-200 bg-white p-5"
        >
          <h2 id="no-rotation-heading" className="text-lg font-semibold">
            {t("notPublishedTitle", { year })}
          </h2>
          <p className="mt-2 text-stone-600">{years.length === 0 ? t("noneYet") : t("otherYears")}</p>
        </section>
      )}
    </div>
  );
}

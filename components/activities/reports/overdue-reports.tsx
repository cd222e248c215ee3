import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { OverdueReport } from "@/lib/activities/reports/queries";
import { reviewFilters, type ReviewFilter } from "@/lib/activities/reports/review-filter";
import { Card } from "@/components/ui/card";

/** The review list's filters (`?status=`): every open report, one kind, or the overdue ones. */
export async function ReviewFilterNav({ current }: { current: ReviewFilter | null }) {
  const t = await getTranslations("activities.reports.reviewFilter");
  const links = [
    { key: "all", href: "/admin/reports", label: t("all"), active: current === null },
    ...reviewFilters.map((filter) => ({
      key: filter,
      href: `/admin/reports?status=${filter}`,
      label: t("name", { filter }),
      active: current === filter,
    })),
  ];
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} aria-current={link.active ? "page" : undefined} className="year-pill">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Reports the lead owes: missing after the activity, or not fixed after a return; each opens the activity. */
export async function OverdueReports({ rows }: { rows: OverdueReport[] }) {
  const [t, format] = await Promise.all([getTranslations("activities.reports.reviewFilter"), getFormatter()]);
  if (rows.length === 0) return <p className="text-stone-700">{t("noneOverdue")}</p>;
  return (
    <ul className="space-y-3">
      {rows.map((row) => (
        <Card as="li" variant="outlined" key={row.id} className="space-y-1">
          <h2 className="text-lg font-semibold">
            <Link
              href={`/admin/plan/${row.year}/activities/${row.id}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {row.title}
            </Link>
          </h2>
          <p className="text-sm text-stone-700">
            {t("overdueMeta", {
              unit: row.leadUnit?.name ?? "",
              kind: row.report ? "fix" : "missing",
              due: format.dateTime(row.dueOn, { dateStyle: "medium", timeZone: "UTC" }),
            })}
          </p>
        </Card>
      ))}
    </ul>
  );
}

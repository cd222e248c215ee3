import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { reportWindowDays } from "@/lib/activities/reports/queries";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { pendingAttention, type AttentionItem } from "@/lib/overview/year/queries";
import { bookingWaitLimitHours } from "@/lib/venues/admin/queries";

/** What waits for the committee now, most pressing kind first, each a link to its list. */
export async function NeedsAttention({ items, now }: { items: AttentionItem[]; now: Date }) {
  const t = await getTranslations("overview.admin.attention");
  const { year, month } = beijingYearMonth(now);
  const values = {
    year,
    quarter: Math.ceil(month / 3),
    days: reportWindowDays,
    hours: bookingWaitLimitHours,
  };
  const pending = pendingAttention(items);
  return (
    <section
      aria-labelledby="attention-heading"
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4"
    >
      <h2 id="attention-heading" className="text-lg font-semibold text-amber-950">
        {t("heading")}
      </h2>
      {pending.length === 0 ? (
        <p className="text-amber-950">{t("none")}</p>
      ) : (
        <ul className="space-y-1">
          {pending.map((item) => (
            <li key={item.kind}>
              <Link
                href={item.href}
                data-attention={item.kind}
                data-count={item.count}
                className="inline-flex min-h-11 items-center text-amber-950 underline underline-offset-2 hover:text-brand-800"
              >
                {t(`kind.${item.kind}`, { ...values, count: item.count })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

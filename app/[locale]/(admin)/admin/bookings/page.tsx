import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import {
  adminBookingLimit,
  bookingWaitLimitHours,
  listBookingsForAdmin,
  parseBookingFilter,
} from "@/lib/venues/admin/queries";
import { AdminBookingTable } from "@/components/venues/admin/booking-table";
import { BackLink } from "@/components/ui/back-link";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.bookings.adminList");
  return { title: t("title") };
}

/**
 * Every unit's bookings of shared venues, for the district committee: what the admin overview's
 * booking figures count (?year=, &venue=, &used=1 for the hours used, ?waiting=1 for requests
 * waiting too long). Reading only: the venue's own unit decides on its bookings.
 */
export default async function AdminBookingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/bookings");
  const filter = parseBookingFilter(await searchParams);
  const [t, format, { rows, count, hours, venue }] = await Promise.all([
    getTranslations("venues.bookings.adminList"),
    getFormatter(),
    listBookingsForAdmin(filter),
  ]);
  const scope = [
    filter.year ? t("scope.year", { year: filter.year }) : null,
    venue ? t("scope.venue", { venue: venue.name }) : null,
    filter.status ? t("scope.status", { status: filter.status }) : null,
    filter.used ? t("scope.used") : null,
    filter.waiting ? t("scope.waiting", { hours: bookingWaitLimitHours }) : null,
    !filter.status && !filter.used && !filter.waiting ? t("scope.made") : null,
  ].filter((part): part is string => part !== null);
  return (
    <div className="space-y-5">
      <BackLink href="/admin" label={t("backToOverview")} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-800">{scope.join(t("scope.separator"))}</p>
      <p role="status" className="font-medium" data-count={count} data-hours={hours}>
        {t("count", { count, hours: format.number(hours) })}
        {count > adminBookingLimit ? ` ${t("limited", { limit: adminBookingLimit })}` : ""}
      </p>
      {Object.keys(filter).length > 0 ? (
        <Link href="/admin/bookings" className="text-sm text-brand-700 underline underline-offset-2">
          {t("clear")}
        </Link>
      ) : null}
      {rows.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <AdminBookingTable rows={rows} caption={t("caption")} />
      )}
    </div>
  );
}

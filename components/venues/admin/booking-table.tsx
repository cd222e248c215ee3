import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { AdminBookingRow } from "@/lib/venues/admin/queries";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

/** The admin's booking list: venue (and its unit), who booked, when, and the status. */
export async function AdminBookingTable({ rows, caption }: { rows: AdminBookingRow[]; caption: string }) {
  const [t, tb, format] = await Promise.all([
    getTranslations("venues.bookings.adminList"),
    getTranslations("venues.bookings.ui"),
    getFormatter(),
  ]);
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: beijingTimeZone });
  return (
    <Table caption={caption} className="min-w-[40rem]">
      <thead>
        <HeadRow>
          <Th>{t("columns.venue")}</Th>
          <Th>{t("columns.unit")}</Th>
          <Th>{t("columns.time")}</Th>
          <Th numeric>{t("columns.hours")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.purpose")}</Th>
        </HeadRow>
      </thead>
      <tbody>
        {rows.map((row) => (
          <BodyRow key={row.id}>
            <Th scope="row">
              <Link href={`/venues/${row.venue.id}`} className="text-brand-700 underline underline-offset-2">
                {row.venue.name}
              </Link>
              <span className="block text-xs font-normal text-stone-600">{row.venue.unit.name}</span>
            </Th>
            <Td>
              <Link
                href={`/admin/units/${row.unit.id}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {row.unit.name}
              </Link>
            </Td>
            <Td>
              {when(row.startsAt)}
              <span className="block text-xs text-stone-600">
                {t("askedAt", { date: when(row.createdAt) })}
              </span>
            </Td>
            <Td numeric>{format.number((row.endsAt.getTime() - row.startsAt.getTime()) / 3_600_000)}</Td>
            <Td>{tb("status", { status: row.status })}</Td>
            <Td className="break-words">{row.purpose}</Td>
          </BodyRow>
        ))}
      </tbody>
    </Table>
  );
}

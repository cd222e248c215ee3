import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { pageParamSchema } from "@/lib/core/site/paging";
import { Pager } from "@/components/ui/pager";
import { findUnitBooking, listUnitBookings, type BookingSide } from "@/lib/venues/bookings/queries";
import { BookingList } from "@/components/venues/bookings/booking-list";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.bookings.ui");
  return { title: t("myTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pageParam = pageParamSchema.optional().catch(undefined);

async function MyBookingsPageContent({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSecretary("/my/bookings");
  const query = await searchParams;
  // Set by the booking form's redirect: the booking just made is highlighted with its status.
  const booked = Number(one(query.booked));
  const skipped = one(query.skipped) ?? "";
  const justBooked =
    Number.isSafeInteger(booked) && booked > 0
      ? { id: booked, skipped: /^[\d, -]{0,400}$/.test(skipped) ? skipped : "" }
      : null;
  // Each list has its own pages (`made=2`, `received=3`); the other list keeps its page.
  const pages = { made: pageParam.parse(one(query.made)), received: pageParam.parse(one(query.received)) };
  const [t, { made, received }, justRow] = await Promise.all([
    getTranslations("venues.bookings.ui"),
    listUnitBookings(user.unitId, pages),
    justBooked ? findUnitBooking(user.unitId, justBooked.id) : null,
  ]);
  // The booking just made is shown even when it sorts onto a later page.
  const madeRows =
    justRow && !made.rows.some((row) => row.id === justRow.id) ? [justRow, ...made.rows] : made.rows;
  const href = (side: BookingSide) => (page: number) => {
    const params = new URLSearchParams();
    const next = { ...pages, [side]: page };
    if (next.made && next.made > 1) params.set("made", String(next.made));
    if (next.received && next.received > 1) params.set("received", String(next.received));
    const search = params.toString();
    return search ? `/my/bookings?${search}#bookings-${side}` : `/my/bookings#bookings-${side}`;
  };
  const now = new Date();
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("myTitle")}</h1>
        <Link href="/venues" className="text-brand-700 underline">
          {t("findVenue")}
        </Link>
      </header>
      <BookingList side="made" bookings={madeRows} now={now} justBooked={justBooked} />
      <Pager page={made.page} pageCount={made.pageCount} href={href("made")} label={t("madePages")} />
      <BookingList side="received" bookings={received.rows} now={now} />
      <Pager
        page={received.page}
        pageCount={received.pageCount}
        href={href("received")}
        label={t("receivedPages")}
      />
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function MyBookingsPage(props: Parameters<typeof MyBookingsPageContent>[0]) {
  return (
    <ClientMessages
      forms
      namespaces={["venues.bookings.errors", "venues.bookings.messages", "venues.bookings.ui"]}
    >
      <MyBookingsPageContent {...props} />
    </ClientMessages>
  );
}

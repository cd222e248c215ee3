import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { listUnitBookings } from "@/lib/venues/bookings/queries";
import { BookingList } from "@/components/venues/bookings/booking-list";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.bookings.ui");
  return { title: t("myTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

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
  const [t, { made, received }] = await Promise.all([
    getTranslations("venues.bookings.ui"),
    listUnitBookings(user.unitId),
  ]);
  const now = new Date();
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("myTitle")}</h1>
        <Link href="/venues" className="text-brand-700 underline">
          {t("findVenue")}
        </Link>
      </header>
      <BookingList side="made" bookings={made} now={now} justBooked={justBooked} />
      <BookingList side="received" bookings={received} now={now} />
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

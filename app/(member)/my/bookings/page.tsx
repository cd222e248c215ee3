import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/auth/session";
import { listUnitBookings } from "@/lib/bookings/queries";
import { BookingList } from "@/components/bookings/booking-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookings.ui");
  return { title: t("myTitle") };
}

export default async function MyBookingsPage() {
  const user = await requireSecretary("/my/bookings");
  const [t, { made, received }] = await Promise.all([
    getTranslations("bookings.ui"),
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
      <BookingList side="made" bookings={made} now={now} />
      <BookingList side="received" bookings={received} now={now} />
    </div>
  );
}

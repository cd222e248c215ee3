import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { VenueHours, VenuePolicy } from "@/components/venues/map/venue-policy";
import { WeekBusy } from "@/components/venues/map/week-busy";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { parseVenueId } from "@/lib/venues/public/filters";
import { getPublicVenue, getPublicVenueName } from "@/lib/venues/public/queries";
import { parseWeekStart } from "@/lib/venues/public/week-calendar";
import { beijingDate } from "@/lib/core/time/beijing";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseVenueId((await params).id);
  if (id === null) return {};
  const name = await getPublicVenueName(id);
  return name ? { title: name } : {};
}

export default async function VenuePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const id = parseVenueId((await params).id);
  if (id === null) notFound();
  const week = (await searchParams).week;
  const weekStart = parseWeekStart(Array.isArray(week) ? week[0] : week);
  const user = await getCurrentUser();
  const t = await getTranslations("venues.map");
  const venue = await getPublicVenue(id, { weekStart, showBookers: user !== null, bookedLabel: t("booked") });
  if (!venue) notFound();
  const phone = venue.contactPhone.replace(/[^\d+]/g, "");
  const canBook = can(user, "booking.create") && venue.bookingMode === "BOOKABLE";

  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <BackLink href="/venues" label={t("back")} />
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          {t(`kinds.${venue.kind}`)} · {venue.unit.name}
        </p>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{venue.name}</h1>
        <div className="flex flex-wrap items-center gap-3">
          {canBook && (
            <Link href={`/venues/${venue.id}/book`} className={buttonClass("primary", "text-sm")}>
              {t("book")}
            </Link>
          )}
          {phone && (
            <a
              href={`tel:${phone}`}
              className="rounded-md border border-brand-700 px-4 py-2 text-sm text-brand-700"
            >
              {t("phone")} {venue.contactPhone}
            </a>
          )}
        </div>
        {!user && venue.bookingMode === "BOOKABLE" && (
          <p className="text-sm text-stone-600">{t("signInToBook")}</p>
        )}
      </header>

      {venue.photos.length > 0 && (
        <section aria-label={t("photos")} className="flex snap-x gap-3 overflow-x-auto">
          {venue.photos.map((photo, index) => (
            <figure key={photo.id} className="shrink-0 snap-start">
              {/* eslint-disable-next-line @next/next/no-img-element -- served from the database by a route */}
              <img
                src={`/venues/${venue.id}/photos/${photo.id}`}
                alt={photo.caption || t("photoAlt", { name: venue.name, index: index + 1 })}
                className="h-48 w-auto rounded-md object-cover"
                loading="lazy"
              />
              {photo.caption && <figcaption className="text-xs text-stone-600">{photo.caption}</figcaption>}
            </figure>
          ))}
        </section>
      )}

      <Card variant="outlined" aria-label={t("details")}>
        <DetailList>
          {venue.address && <DetailRow label={t("address")}>{venue.address}</DetailRow>}
          {venue.capacity !== null && (
            <DetailRow label={t("capacity")}>{t("capacityValue", { count: venue.capacity })}</DetailRow>
          )}
          <DetailRow label={t("quantity")}>{t("quantityValue", { count: venue.quantity })}</DetailRow>
          {venue.description && (
            <DetailRow label={t("description")}>
              <p className="whitespace-pre-line">{venue.description}</p>
            </DetailRow>
          )}
          {venue.rules && (
            <DetailRow label={t("rules")}>
              <p className="whitespace-pre-line">{venue.rules}</p>
            </DetailRow>
          )}
        </DetailList>
      </Card>

      <div className="grid gap-5 sm:grid-cols-2">
        <VenueHours venue={venue} />
        <VenuePolicy venue={venue} />
      </div>

      <WeekBusy
        venueId={venue.id}
        weekStart={weekStart}
        days={venue.week}
        quantity={venue.quantity}
        showsBookers={user !== null}
        today={beijingDate()}
        canBook={canBook}
        closedOn={(day) =>
          !venue.openingHours.some((h) => h.weekday === day.weekday) ||
          venue.closedDates.some((closed) => closed.date === day.date)
        }
      />
      <p>
        <a href={`/venues/${venue.id}/bookings.ics`} className="text-sm text-brand-700 underline">
          {t("feed")}
        </a>
      </p>
    </article>
  );
}

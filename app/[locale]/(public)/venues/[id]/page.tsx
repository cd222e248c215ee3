import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { VenueHours, VenuePolicy } from "@/components/venues/map/venue-policy";
import { WeekBusy, WeekBusyShell } from "@/components/venues/map/week-busy";
import { SignInToBook, VenueBookLink } from "@/components/venues/map/venue-week";
import { parseVenueId } from "@/lib/venues/public/filters";
import { getPublicVenue, getPublicVenueName } from "@/lib/venues/public/queries";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ id: string }>;

// Rendered on first request, then served from the cache (issue 14): the week of busy times
// (`?week=`, who booked for members) and the booking links are an island read in the browser.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseVenueId((await params).id);
  if (id === null) return {};
  const name = await getPublicVenueName(id);
  return name ? { title: name } : {};
}

export default async function VenuePage({ params }: { params: Params }) {
  const id = parseVenueId((await params).id);
  if (id === null) notFound();
  const t = await getTranslations("venues.map");
  const venue = await getPublicVenue(id);
  if (!venue) notFound();
  const phone = venue.contactPhone.replace(/[^\d+]/g, "");

  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <BackLink href="/venues" label={t("back")} />
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          {t(`kinds.${venue.kind}`)} · {venue.unit.name}
        </p>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{venue.name}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Suspense>
            <VenueBookLink venueId={venue.id} />
          </Suspense>
          {phone && (
            <a
              href={`tel:${phone}`}
              className="rounded-md border border-brand-700 px-4 py-2 text-sm text-brand-700"
            >
              {t("phone")} {venue.contactPhone}
            </a>
          )}
        </div>
        <Suspense>
          <SignInToBook venueId={venue.id} />
        </Suspense>
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

      <Suspense fallback={<WeekBusyShell />}>
        <WeekBusy venueId={venue.id} />
      </Suspense>
      <p>
        <a href={`/venues/${venue.id}/bookings.ics`} className="text-sm text-brand-700 underline">
          {t("feed")}
        </a>
      </p>
    </article>
  );
}

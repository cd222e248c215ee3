"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { ShowOnMapButton } from "./show-on-map";

/** One venue of the list, already translated on the server. */
export type VenueCardRow = {
  id: number;
  name: string;
  /** "会议室 · 某单位团委" */
  subtitle: string;
  address: string | null;
  capacity: string | null;
  quantity: string;
  phone: string | null;
  onMap: boolean;
};

export type VenueCardLabels = Record<
  "address" | "capacity" | "quantity" | "phone" | "noCoordinates" | "showOnMap",
  string
>;

/**
 * The venue list: always works, with or without the map, and is the accessible list of the map's
 * markers ("show on map" focuses a venue's marker). A client component only so that the page's
 * React payload carries each row's strings instead of its element tree (issue 14's HTML budget).
 */
export function VenueCardList({ labels, rows }: { labels: VenueCardLabels; rows: VenueCardRow[] }) {
  return (
    <ul className="space-y-3" data-testid="venue-list">
      {rows.map((venue) => (
        <li key={venue.id} className="card-outlined">
          <h3 className="text-base font-semibold">
            <Link href={`/venues/${venue.id}`} className="text-brand-700 underline underline-offset-2">
              {venue.name}
            </Link>
          </h3>
          <p className="text-sm text-stone-600">{venue.subtitle}</p>
          <dl className="facts mt-2">
            {venue.address && (
              <>
                <dt>{labels.address}</dt>
                <dd>{venue.address}</dd>
              </>
            )}
            {venue.capacity && (
              <>
                <dt>{labels.capacity}</dt>
                <dd>{venue.capacity}</dd>
              </>
            )}
            <dt>{labels.quantity}</dt>
            <dd>{venue.quantity}</dd>
            {venue.phone && (
              <>
                <dt>{labels.phone}</dt>
                <dd>
                  <a href={`tel:${venue.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
                    {venue.phone}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {venue.onMap ? (
            <div className="mt-2">
              <ShowOnMapButton venueId={venue.id} label={labels.showOnMap} />
            </div>
          ) : (
            <p className="mt-2 text-xs text-stone-500">{labels.noCoordinates}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

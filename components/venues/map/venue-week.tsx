"use client";

import { useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { VenueWeekView } from "@/lib/venues/public/week-viewer";
import { buttonClass } from "@/components/ui/button";
import { fetchIsland } from "@/components/core/islands/fetch-island";

function fetchWeek(venueId: number, week: string | null): Promise<VenueWeekView | null> {
  const url = `/api/venues/${venueId}/week${week ? `?week=${encodeURIComponent(week)}` : ""}`;
  return fetchIsland<VenueWeekView>(url, "week");
}

/**
 * The venue page's week (`?week=`, read in the browser so the page stays cached) and what this
 * viewer may do; `undefined` while loading. Use under <Suspense> (it reads the query).
 */
export function useVenueWeek(venueId: number): VenueWeekView | null | undefined {
  const week = useSearchParams().get("week");
  const [view, setView] = useState<{ key: string; value: VenueWeekView | null }>();
  const key = `${venueId}:${week ?? ""}`;
  useEffect(() => {
    let live = true;
    void fetchWeek(venueId, week).then((value) => {
      if (live) setView({ key, value });
    });
    return () => {
      live = false;
    };
  }, [venueId, week, key]);
  // Another week was asked for: the last one stays until it arrives (no flash of nothing).
  return view?.value;
}

/** The "book this venue" button, for those who may book it. */
export function VenueBookLink({ venueId }: { venueId: number }) {
  const t = useTranslations("venues.map");
  const view = useVenueWeek(venueId);
  if (!view?.canBook) return null;
  return (
    <Link href={`/venues/${venueId}/book`} className={buttonClass("primary", "text-sm")}>
      {t("book")}
    </Link>
  );
}

/** Visitors are told a bookable venue is booked after signing in. */
export function SignInToBook({ venueId }: { venueId: number }) {
  const t = useTranslations("venues.map");
  const view = useVenueWeek(venueId);
  if (!view || view.signedIn || !view.bookable) return null;
  return <p className="text-sm text-stone-600">{t("signInToBook")}</p>;
}

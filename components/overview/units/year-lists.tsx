import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { ActivityStatusBadge, PlannedWhen } from "@/components/activities";
import { Badge } from "@/components/ui/badge";
import type { BookedVenue, SharedVenue, UnitYearActivity, UnitYearPairing } from "@/lib/overview/units/types";

// The lists of a unit's year, shared by its public page and the full view. Links are given by
// the page (a visitor opens the public activity, the unit its own page, an admin the editor).

export const linkClass =
  "inline-flex min-h-6 items-center font-medium break-words text-brand-700 underline underline-offset-2";
const rowClass = "rounded-lg border border-stone-200 bg-white p-3";

/** A titled part of the year: its heading, and the list or what to say when it is empty. */
export function YearPart({
  id,
  title,
  empty,
  count,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {count === 0 ? <p className="text-stone-700">{empty}</p> : children}
    </section>
  );
}

export function ActivityRows({
  activities,
  href,
}: {
  activities: UnitYearActivity[];
  href: (activity: UnitYearActivity) => string;
}) {
  return (
    <ul className="space-y-2">
      {activities.map((activity) => (
        <li key={activity.id} className={rowClass}>
          <div className="flex flex-wrap items-center gap-2">
            <ActivityStatusBadge status={activity.status} hasLeadUnit />
            <Link href={href(activity)} className={linkClass}>
              {activity.title}
            </Link>
          </div>
          <p className="mt-1 text-sm text-stone-700">
            <PlannedWhen year={activity.year} month={activity.plannedMonth} date={activity.plannedDate} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Venues with how often they were used (shared: by other units; booked: by this unit). */
export async function VenueRows({ venues }: { venues: Array<SharedVenue | BookedVenue> }) {
  const [t, tk, format] = await Promise.all([
    getTranslations("overview.unitYear"),
    getTranslations("venues.map"),
    getFormatter(),
  ]);
  return (
    <ul className="space-y-2">
      {venues.map((venue) => (
        <li key={venue.id} className={rowClass}>
          <Link href={`/venues/${venue.id}`} className={linkClass}>
            {venue.name}
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            {tk(`kinds.${venue.kind}`)}
            {"owner" in venue ? ` · ${venue.owner.name}` : null}
            {" · "}
            {t("venueUse", { uses: venue.uses, hours: format.number(venue.hours) })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export async function PairingRows({
  pairings,
  href,
}: {
  pairings: UnitYearPairing[];
  href: (pairing: UnitYearPairing) => string;
}) {
  const [t, tp, format] = await Promise.all([
    getTranslations("overview.unitYear"),
    getTranslations("pairing.pairings"),
    getFormatter(),
  ]);
  return (
    <ul className="space-y-2">
      {pairings.map((pairing) => (
        <li key={pairing.id} className={rowClass}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={pairing.status === "ACTIVE" ? "green" : "neutral"}>
              {tp(`status.${pairing.status}`)}
            </Badge>
            <Link href={href(pairing)} className={linkClass}>
              {pairing.community.name}
            </Link>
          </div>
          <p className="mt-1 text-sm text-stone-700">
            {t("pairingSince", {
              date: format.dateTime(pairing.startsOn, { timeZone: "UTC", dateStyle: "medium" }),
            })}
            {pairing.focusAreas.length > 0
              ? ` · ${pairing.focusAreas.map((focus) => tp(`focus.${focus}`)).join(t("listSeparator"))}`
              : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

import type { YearOverview } from "@/lib/overview/year/queries";
import type { FigureFormat, ReportFigure, ReportFigureGroup } from "./types";

// The report's figures, grouped as the report reads, taken as they are from the admin overview
// (getYearOverview: each with the filtered list behind it) and from the results (units taking
// part, venues shared and times used: the public page's own figures). Pure: nothing is counted.

type Linked = { value: number; href?: string };

/** What the report adds to the overview from the results (getServiceTotals, getYearResults). */
export type ResultFigures = { unitsTakingPart: number; venuesShared: number; timesShared: number };

const item = (key: string, figure: Linked, format: FigureFormat = "count"): ReportFigure => ({
  key,
  value: figure.value,
  format,
  ...(figure.href ? { href: figure.href } : {}),
});

/** A rate as a percentage to one decimal (the overview gives it as a fraction). */
const percent = (key: string, figure: Linked) =>
  item(key, { ...figure, value: Math.round(figure.value * 1000) / 10 }, "percent");

export function reportGroups(overview: YearOverview, results: ResultFigures): ReportFigureGroup[] {
  const { units, items, service, meetings, decisions, venues, commitments, rotation, pairing } = overview;
  const group = (key: string, figures: ReportFigure[]): ReportFigureGroup => ({ key, figures });
  return [
    group("units", [
      item("unitsActive", units.active),
      item("unitsWithoutActivity", units.withoutItem),
      item("unitsTakingPart", { value: results.unitsTakingPart }),
    ]),
    group("list", [
      item("activitiesPlanned", items.planned),
      item("activitiesUnclaimed", items.unclaimed),
      item("activitiesClaimed", items.claimed),
      item("activitiesScheduled", items.scheduled),
      item("activitiesHeld", items.held),
      item("activitiesReported", items.reported),
      item("activitiesAccepted", items.accepted),
      item("activitiesCancelled", items.cancelled),
    ]),
    group("service", [item("volunteers", service.volunteers), item("hours", service.hours, "hours")]),
    group("meetings", [
      percent("answerRate", meetings.answerRate),
      percent("attendanceRate", meetings.attendanceRate),
    ]),
    group("decisions", [item("decisionsOpen", decisions.open), item("decisionsOverdue", decisions.overdue)]),
    group("venues", [
      item("venuesShared", { value: results.venuesShared }),
      item("timesShared", { value: results.timesShared }),
      item("bookings", venues.made),
      item("bookingHours", venues.hours, "hours"),
    ]),
    group("commitments", [
      item("commitmentsPossible", { value: commitments.claimed.of }),
      item("commitmentsClaimed", { value: commitments.claimed.count, href: commitments.claimed.href }),
      item("commitmentsConfirmed", { value: commitments.confirmed.count, href: commitments.confirmed.href }),
    ]),
    group("pairing", [
      item("rotationPreferences", { value: rotation.preferences.count, href: rotation.preferences.href }),
      item("needsMet", pairing.needsMet),
      item("pairingsActive", pairing.pairingsActive),
    ]),
  ];
}

// How big the bench's data set is at a given number of member units: three years of the annual
// plan (two past years and the current one), what happens to the items (claimed, joined,
// reported), the joint meetings with their minutes, and venue bookings. Everything grows with
// the number of units, as it would in a bigger district.

export interface DataSetSize {
  /** Member units in all, the demo's 30 included. */
  units: number;
  /** Units added to the demo's 30. */
  addedUnits: number;
  /** Two past years and the current one. */
  years: [number, number, number];
  /** Plan items per past year: two per unit (one each is the rule; the rest are joint items). */
  itemsPerPastYear: number;
  /** Items added to the current year: one claimed per added unit, plus one open item per unit. */
  currentClaimed: number;
  currentOpen: number;
  /** Other units that join each claimed item. */
  joinsPerItem: number;
  /** Joint meetings per year; each has an agenda, attendance, minutes and decisions. */
  meetingsPerYear: number;
  agendaItemsPerMeeting: number;
  decisionsPerMeeting: number;
  /** Every n-th added unit opens a venue of its own. */
  venueEvery: number;
  /** Past bookings per venue per year. */
  bookingsPerVenueYear: number;
}

const DEMO_UNITS = 30;

/** What became of the i-th item of a past year: 9 in 10 were claimed, 6 in 10 reported. */
export type PastFate = "unclaimed" | "cancelled" | "done" | "reported";
export function pastFate(index: number): PastFate {
  const tenth = index % 10;
  if (tenth === 9) return "unclaimed";
  if (tenth === 8) return "cancelled";
  return tenth < 6 ? "reported" : "done";
}

const countFates = (items: number, fates: PastFate[]) =>
  Array.from({ length: items }, (_, i) => pastFate(i)).filter((fate) => fates.includes(fate)).length;

export function dataSetSize(units: number, currentYear: number): DataSetSize {
  if (!Number.isInteger(units) || units < DEMO_UNITS)
    throw new Error(`The bench needs at least the demo's ${DEMO_UNITS} units, not ${units}`);
  return {
    units,
    addedUnits: units - DEMO_UNITS,
    years: [currentYear - 2, currentYear - 1, currentYear],
    itemsPerPastYear: units * 2,
    currentClaimed: units - DEMO_UNITS,
    currentOpen: units,
    joinsPerItem: Math.min(4, units - 1),
    meetingsPerYear: 4 + Math.ceil(units / 30),
    agendaItemsPerMeeting: 4,
    decisionsPerMeeting: 3,
    venueEvery: 10,
    bookingsPerVenueYear: 40,
  };
}

/** Rows the generator adds to the demo data, by table (for the log and the tests). */
export function expectedRows(size: DataSetSize, demoVenues: number) {
  const pastItems = size.itemsPerPastYear * 2;
  const held = 2 * countFates(size.itemsPerPastYear, ["done", "reported"]);
  const joined = held + size.currentClaimed;
  const meetings = size.meetingsPerYear * 3;
  const venues = demoVenues + Math.floor(size.addedUnits / size.venueEvery);
  return {
    units: size.addedUnits,
    activities: pastItems + size.currentClaimed + size.currentOpen,
    participations: joined * size.joinsPerItem,
    reports: 2 * countFates(size.itemsPerPastYear, ["reported"]),
    meetings,
    invitations: meetings * size.units,
    bookings: venues * size.bookingsPerVenueYear * 3,
  };
}

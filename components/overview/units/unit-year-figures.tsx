import { getFormatter, getTranslations } from "next-intl/server";
import type { UnitYearFullFigures, UnitYearPublicFigures } from "@/lib/overview/units/types";

type Tile = { key: string; label: string; value: string };

/**
 * A unit's year in figures: the public ones, or with `full` also its meetings, the venues it
 * booked and the commitments it submitted. Catalog labels and numbers only.
 */
export async function UnitYearFigures({
  figures,
  headingId,
}: {
  figures: UnitYearPublicFigures | UnitYearFullFigures;
  /** The heading the list belongs to (its accessible name). */
  headingId: string;
}) {
  const [t, format] = await Promise.all([getTranslations("overview.unitYear.figures"), getFormatter()]);
  const n = (value: number) => format.number(value);
  const full = "meetingsInvited" in figures ? figures : null;
  const tiles: Tile[] = [
    { key: "led", label: t("led"), value: n(figures.led) },
    { key: "joined", label: full ? t("joined") : t("joinedPublic"), value: n(figures.joined) },
    { key: "volunteers", label: t("volunteers"), value: n(figures.volunteers) },
    { key: "hours", label: t("hours"), value: n(figures.hours) },
    ...(full
      ? [
          {
            key: "meetings",
            label: t("meetings"),
            value: t("ofValue", { part: n(full.meetingsAttended), whole: n(full.meetingsInvited) }),
          },
        ]
      : []),
    { key: "venuesShared", label: t("venuesShared"), value: n(figures.venuesShared) },
    { key: "timesShared", label: t("timesShared"), value: n(figures.timesShared) },
    ...(full ? [{ key: "timesBooked", label: t("timesBooked"), value: n(full.timesBooked) }] : []),
    { key: "pairings", label: t("pairings"), value: n(figures.pairings) },
    {
      key: "commitmentsConfirmed",
      label: t("commitmentsConfirmed"),
      value: t("ofValue", { part: n(figures.commitmentsConfirmed), whole: n(5) }),
    },
    ...(full
      ? [
          {
            key: "commitmentsClaimed",
            label: t("commitmentsClaimed"),
            value: t("ofValue", { part: n(full.commitmentsClaimed), whole: n(5) }),
          },
        ]
      : []),
  ];
  return (
    <dl
      aria-labelledby={headingId}
      className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4"
      data-testid="unit-year-figures"
    >
      {tiles.map((tile) => (
        <div
          key={tile.key}
          className="rounded-lg border border-stone-200 bg-white p-3"
          data-figure={tile.key}
        >
          <dt className="text-xs text-stone-600 sm:text-sm">{tile.label}</dt>
          <dd className="mt-1 text-lg font-bold text-brand-700 tabular-nums">{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}

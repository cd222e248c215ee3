import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { PairingSummary as Summary } from "@/lib/pairing/pairings/queries";
import { PairingStatusBadge } from "./pairing-status-badge";

/** Its units' full names, joined as a list is in the visitor's language. */
const unitNames = (units: Summary["units"], separator: string) =>
  units.map(({ unit }) => unit.name).join(separator);

/**
 * One pairing in a list: community (or units, from a unit's point of view), since when, focus
 * areas and status; the title links to `href`.
 */
export async function PairingSummary({
  pairing,
  href,
  headingLevel = "h3",
  side = "community",
}: {
  pairing: Summary;
  href?: string;
  headingLevel?: "h2" | "h3" | "h4";
  /** What the title names: the community (a unit's lists) or the units (a community's). */
  side?: "community" | "units";
}) {
  const [t, format] = await Promise.all([getTranslations("pairing.pairings"), getFormatter()]);
  const Heading = headingLevel;
  const title = side === "community" ? pairing.community.name : unitNames(pairing.units, t("unitSeparator"));
  const since = format.dateTime(pairing.startsOn, { timeZone: "UTC", dateStyle: "medium" });
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <Heading className="font-semibold break-words">
          {href ? (
            <Link href={href} className="text-brand-700 underline underline-offset-2">
              {title}
            </Link>
          ) : (
            title
          )}
        </Heading>
        <PairingStatusBadge status={pairing.status} />
        <span className="text-sm text-stone-600">
          {t(pairing.units.length > 1 ? "shape.group" : "shape.single")}
        </span>
      </div>
      {side === "community" ? (
        <p className="text-sm text-stone-700 break-words">
          {t("unitsLabel")}
          {unitNames(pairing.units, t("unitSeparator"))}
        </p>
      ) : null}
      <p className="text-sm text-stone-700">
        <time dateTime={pairing.startsOn.toISOString().slice(0, 10)}>{t("since", { date: since })}</time>
        {pairing.focusAreas.length > 0
          ? ` · ${pairing.focusAreas.map((area) => t(`focus.${area}`)).join(t("unitSeparator"))}`
          : null}
      </p>
    </div>
  );
}

import { Link } from "@/lib/core/i18n/navigation";
import type { DirectoryUnit } from "@/lib/units/directory/queries";
import { UnitBadges } from "./unit-badges";
import { Card } from "@/components/ui/card";

/** A member unit in the directory: short name (linking to its profile), full name, badges. */
export function UnitCard({ unit }: { unit: DirectoryUnit }) {
  return (
    <Card as="article" variant="outlined" className="list-card gap-2">
      <h3 className="text-base font-semibold">
        <Link href={`/units/${unit.slug}`} className="title-link">
          {unit.shortName}
        </Link>
      </h3>
      <p className="text-sm text-stone-600">{unit.name}</p>
      <div className="mt-auto pt-1">
        <UnitBadges orgType={unit.orgType} inDistrict={unit.inDistrict} isDemo={unit.isDemo} />
      </div>
    </Card>
  );
}

import { getTranslations } from "next-intl/server";
import type { LeagueOrgType } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

/** Organisation type, inside/outside the district and the demo marker of a member unit. */
export async function UnitBadges({
  orgType,
  inDistrict,
  isDemo,
}: {
  orgType: LeagueOrgType;
  inDistrict: boolean;
  isDemo: boolean;
}) {
  const t = await getTranslations("units.directory");
  const te = await getTranslations("core.enums");
  return (
    <span className="tags">
      <Badge>{te(`LeagueOrgType.${orgType}`)}</Badge>
      <Badge tone={inDistrict ? "blue" : "amber"}>{te(inDistrict ? "District.IN" : "District.OUT")}</Badge>
      {isDemo ? <Badge tone="neutral">{t("demoBadge")}</Badge> : null}
    </span>
  );
}

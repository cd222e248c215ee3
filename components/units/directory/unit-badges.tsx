import { getTranslations } from "next-intl/server";
import type { LeagueOrgType } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type BadgeInput = { orgType: LeagueOrgType; inDistrict: boolean; isDemo: boolean };
export type BadgeText = { tone: BadgeTone; label: string };

/** Organisation type, inside/outside the district and the demo marker, as badge labels. */
export async function unitBadgesText(): Promise<(unit: BadgeInput) => BadgeText[]> {
  const [t, te] = await Promise.all([getTranslations("units.directory"), getTranslations("core.enums")]);
  return ({ orgType, inDistrict, isDemo }) => [
    { tone: "neutral", label: te(`LeagueOrgType.${orgType}`) },
    { tone: inDistrict ? "blue" : "amber", label: te(inDistrict ? "District.IN" : "District.OUT") },
    ...(isDemo ? [{ tone: "neutral" as const, label: t("demoBadge") }] : []),
  ];
}

/** A member unit's badges (its profile page). */
export async function UnitBadges(unit: BadgeInput) {
  const badges = (await unitBadgesText())(unit);
  return (
    <span className="tags">
      {badges.map((badge) => (
        <Badge key={badge.label} tone={badge.tone}>
          {badge.label}
        </Badge>
      ))}
    </span>
  );
}

import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Role, UnitRole } from "@/lib/generated/prisma/enums";

/** Role, role in the unit, and whether the account is usable, as small labels. */
export async function UserBadges({
  role,
  unitRole,
  active,
  mustChangePassword,
}: {
  role: Role;
  unitRole: UnitRole | null;
  active: boolean;
  mustChangePassword: boolean;
}) {
  const t = await getTranslations("units.accounts");
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={role === "ADMIN" ? "brand" : "blue"}>{t(`role.${role}`)}</Badge>
      {unitRole ? <Badge tone="neutral">{t(`unitRole.${unitRole}`)}</Badge> : null}
      {active ? null : <Badge tone="amber">{t("status.inactive")}</Badge>}
      {active && mustChangePassword ? <Badge tone="amber">{t("status.mustChange")}</Badge> : null}
    </span>
  );
}

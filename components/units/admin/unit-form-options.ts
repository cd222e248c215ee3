import "server-only";
import { getTranslations } from "next-intl/server";
import { LeagueOrgType } from "@/lib/generated/prisma/enums";
import { UNIT_CATEGORY_ORDER } from "@/lib/units/directory/unit-params";

/**
 * The category and organisation-type choices, labelled on the server: the enum catalog is not
 * shipped to client components.
 */
export async function unitFormOptions() {
  const te = await getTranslations("core.enums");
  return {
    categories: UNIT_CATEGORY_ORDER.map((value) => ({ value, label: te(`UnitCategory.${value}`) })),
    orgTypes: Object.values(LeagueOrgType).map((value) => ({ value, label: te(`LeagueOrgType.${value}`) })),
  };
}

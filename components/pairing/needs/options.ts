import { getTranslations } from "next-intl/server";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";

/** The community select's options: "南山街道 · 朝阳社区". */
export function communityOptions(
  communities: Array<{ id: number; name: string; subdistrict: { name: string } | null }>,
): Array<{ value: string; label: string }> {
  return communities.map((community) => ({
    value: String(community.id),
    label: community.subdistrict ? `${community.subdistrict.name} · ${community.name}` : community.name,
  }));
}

type Targets = {
  years: Array<{ year: number; title: string }>;
  activities: Array<{ id: number; title: string; year: number; plannedMonth: number }>;
};

/** The selects of turning a need into an activity or attaching it, labelled in the visitor's language. */
export async function matchOptions(targets: Targets) {
  const [t, te] = await Promise.all([getTranslations("pairing.needs.admin"), getTranslations("core.enums")]);
  return {
    years: targets.years.map((y) => ({ value: String(y.year), label: `${y.year} · ${y.title}` })),
    months: Array.from({ length: 12 }, (_, index) => ({
      value: String(index + 1),
      label: t("monthOption", { month: index + 1 }),
    })),
    types: Object.values(ActivityType).map((type) => ({ value: type, label: te(`ActivityType.${type}`) })),
    commitments: Object.values(Commitment).map((value) => ({ value, label: te(`Commitment.${value}`) })),
    activities: targets.activities.map((activity) => ({
      value: String(activity.id),
      label: t("attachOption", { year: activity.year, month: activity.plannedMonth, title: activity.title }),
    })),
  };
}

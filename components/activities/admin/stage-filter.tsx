import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { activityStages, type ActivityStage } from "@/lib/activities/admin/stages";

/**
 * The stage links above a year's list (`?stage=`, lib/activities/admin/stages.ts): the admin
 * overview's figures open these, and "all" goes back to the whole list, which can be reordered.
 */
export async function StageFilter({ year, current }: { year: number; current: ActivityStage | null }) {
  const t = await getTranslations("activities.admin.stages");
  const base = `/admin/plan/${year}`;
  const links = [
    { key: "all", href: base, label: t("all"), active: current === null },
    ...activityStages.map((stage) => ({
      key: stage,
      href: `${base}?stage=${stage}`,
      label: t("name", { stage }),
      active: current === stage,
    })),
  ];
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} aria-current={link.active ? "page" : undefined} className="year-pill">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

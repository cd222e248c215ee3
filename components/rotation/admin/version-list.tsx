import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { getRotationYearAdmin } from "@/lib/rotation/admin/queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type Version = NonNullable<Awaited<ReturnType<typeof getRotationYearAdmin>>>["versions"][number];

const tones: Record<Version["status"], BadgeTone> = {
  DRAFT: "amber",
  PUBLISHED: "green",
  SUPERSEDED: "neutral",
  DISCARDED: "neutral",
};

/** Every version of the year, newest first; none is ever overwritten. */
export async function VersionList({ year, versions }: { year: number; versions: Version[] }) {
  const t = await getTranslations("rotation.admin.versions");
  if (versions.length === 0) return <p className="text-sm text-stone-700">{t("none")}</p>;
  return (
    <ul className="divide-y divide-stone-200 text-sm">
      {versions.map((version) => (
        <li key={version.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <Link
            href={`/admin/rotation?year=${year}&version=${version.number}`}
            className="text-brand-700 underline"
          >
            {t("number", { number: version.number })}
          </Link>
          <Badge tone={tones[version.status]}>{t(`status.${version.status}`)}</Badge>
          <span>
            {t("created", { when: formatBeijingDateTime(version.createdAt), by: version.createdBy })}
          </span>
          {version.publishedAt ? (
            <span>{t("publishedAt", { when: formatBeijingDateTime(version.publishedAt) })}</span>
          ) : null}
          <span>{t("total", { total: version.total ?? "—" })}</span>
        </li>
      ))}
    </ul>
  );
}

import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";

type VersionRow = {
  number: number;
  baseNumber: number | null;
  restoredFrom: number | null;
  createdAt: Date;
  author: { name: string };
};

/** Every version, newest first: a table on wide screens that stays readable on phones. */
export async function VersionList(props: {
  meetingId: number;
  versions: VersionRow[];
  currentVersion: number;
}) {
  const t = await getTranslations("meetings.minutes.versions");
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("heading")}</caption>
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("number")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("author")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("savedAt")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("note")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("view")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((version) => (
            <tr key={version.number} className="border-t border-stone-200">
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                {t("versionLabel", { number: version.number })}{" "}
                {version.number === props.currentVersion ? <Badge tone="green">{t("current")}</Badge> : null}
              </th>
              <td className="px-3 py-2">{version.author.name}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatBeijingDateTime(version.createdAt)}</td>
              <td className="px-3 py-2 text-stone-700">
                {version.restoredFrom !== null
                  ? t("restoredFrom", { number: version.restoredFrom })
                  : version.baseNumber !== null
                    ? t("basedOn", { number: version.baseNumber })
                    : ""}
              </td>
              <td className="px-3 py-2">
                <Link
                  href={`/meetings/${props.meetingId}/minutes/versions?view=${version.number}`}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {t("view")}
                  <span className="sr-only"> {t("versionLabel", { number: version.number })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

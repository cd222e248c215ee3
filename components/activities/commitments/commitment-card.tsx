import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MyCommitmentRecord, UnitCommitment } from "@/lib/activities/commitments/queries";
import { CommitmentStatusBadge } from "./status-badge";

/** One of the secretary's five: its status, its records (each a link to fix or add photos). */
export async function CommitmentCard({
  item,
  records,
}: {
  item: UnitCommitment;
  records: MyCommitmentRecord[];
}) {
  const [t, format] = await Promise.all([getTranslations("activities.commitments"), getFormatter()]);
  const name = t(`commitment.${item.commitment}`);
  const underWay = item.status === "IN_PROGRESS" ? item.items.filter((e) => e.kind === "activity") : [];
  return (
    <li
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-3"
      data-commitment={item.commitment}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">{name}</h3>
        <CommitmentStatusBadge
          status={item.status}
          label={t(`status.${item.status}`)}
          context={t("statusContext", { commitment: name })}
        />
      </div>
      {records.length === 0 && underWay.length === 0 ? (
        <p className="text-sm text-stone-600">{t("nothingYet")}</p>
      ) : null}
      {underWay.map((activity) => (
        <p key={activity.id} className="text-sm text-stone-700">
          {t("underWay", { title: activity.title })}
        </p>
      ))}
      {records.length > 0 ? (
        <ul className="divide-y divide-stone-100">
          {records.map((record) => (
            <li key={record.id} className="space-y-1 py-2" data-record={record.id}>
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/my/commitments/${record.id}`}
                  className="inline-flex min-h-6 items-center break-words font-medium text-brand-700 underline"
                >
                  {record.title}
                </Link>
                <CommitmentStatusBadge status={record.status} label={t(`status.${record.status}`)} />
              </div>
              <p className="text-xs text-stone-600">
                {t("occurredOn", {
                  date: format.dateTime(record.occurredOn, { dateStyle: "medium", timeZone: "UTC" }),
                })}
              </p>
              {record.status === "RETURNED" ? (
                <p className="rounded bg-red-50 p-2 text-sm text-red-900">
                  {t("returnedWith", { note: record.reviewNote })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { listRecordsForReview } from "@/lib/activities/commitments/queries";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { RecordDetails } from "./record-details";
import { ConfirmRecordForm, ReturnRecordForm } from "./review-forms";
import { Card } from "@/components/ui/card";

type Queue = Awaited<ReturnType<typeof listRecordsForReview>>;

/** Submitted records, oldest first, each with its evidence and the confirm / return forms. */
export async function ReviewQueue({ records }: { records: Queue }) {
  const [t, format] = await Promise.all([getTranslations("activities.commitments"), getFormatter()]);
  return (
    <section aria-labelledby="queue-heading" className="space-y-3">
      <h2 id="queue-heading" className="text-lg font-semibold">
        {t("queueTitle", { count: records.length })}
      </h2>
      {records.length === 0 ? <p className="text-stone-600">{t("queueEmpty")}</p> : null}
      <ul className="space-y-4">
        {records.map((record) => (
          <Card
            as="li"
            variant="outlined"
            key={record.id}
            className="space-y-3"
            aria-labelledby={`queue-${record.id}`}
          >
            <h3 id={`queue-${record.id}`} className="break-words font-semibold">
              {record.unit.name} · {record.title}
            </h3>
            <p className="text-xs text-stone-600">
              {t("submittedAt", {
                date: format.dateTime(record.updatedAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: beijingTimeZone,
                }),
              })}
            </p>
            <RecordDetails record={record} meetingHref={(id) => `/admin/meetings/${id}`} />
            <div className="grid gap-4 sm:grid-cols-2">
              <ConfirmRecordForm id={record.id} version={record.version} title={record.title} />
              <ReturnRecordForm id={record.id} version={record.version} title={record.title} />
            </div>
          </Card>
        ))}
      </ul>
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { getPublicReport } from "@/lib/activities/reports/public-queries";
import { Card } from "@/components/ui/card";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

/**
 * The outcome report on the public activity page: shown once submitted (and while accepted),
 * hidden while it is returned for a fix. The summary is plain text, never markup.
 */
export async function PublicReport({ activityId }: { activityId: number }) {
  const report = await getPublicReport(activityId);
  if (!report) return null;
  const [t, format] = await Promise.all([getTranslations("activities.reports"), getFormatter()]);
  const total = report.participants.reduce((sum, row) => sum + row.count, 0);
  return (
    <Card variant="outlined" aria-labelledby="report-heading" className="space-y-4 sm:p-5">
      <h2 id="report-heading" className="text-xl font-semibold">
        {t("publicTitle")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure
          label={t("actualDate")}
          value={format.dateTime(report.actualDate, { dateStyle: "long", timeZone: "UTC" })}
        />
        <Figure label={t("totalParticipants")} value={t("people", { count: total })} />
        <Figure label={t("volunteerCount")} value={t("people", { count: report.volunteerCount })} />
        <Figure label={t("serviceHours")} value={t("hours", { hours: report.serviceHours.toString() })} />
      </dl>
      {report.results.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t("results")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {report.results.map((row) => (
              <li key={row.id}>
                {row.label} <span className="font-semibold">{format.number(Number(row.value))}</span>{" "}
                {row.unit}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">{t("summary")}</h3>
        <p className="mt-1 whitespace-pre-line break-words">{report.summary}</p>
      </div>
      <div>
        <h3 className="font-semibold">{t("participantsPerUnit")}</h3>
        <Table className="mt-1">
          <thead>
            <HeadRow>
              <Th>{t("unit")}</Th>
              <Th>{t("count")}</Th>
            </HeadRow>
          </thead>
          <tbody>
            {report.participants.map((row) => (
              <BodyRow key={row.unit.id}>
                <Td>{row.unit.name}</Td>
                <Td>
                  {row.count}
                  {row.corrected ? <span className="ml-2 text-stone-600">{t("corrected")}</span> : null}
                </Td>
              </BodyRow>
            ))}
          </tbody>
        </Table>
      </div>
      {report.photos.length > 0 ? (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {report.photos.map((photo, index) => (
            <li key={photo.id}>
              <figure>
                {/* eslint-disable-next-line @next/next/no-img-element -- served from the database by our route */}
                <img
                  src={`/activities/${activityId}/photos/${photo.id}`}
                  alt={photo.caption || t("photoAlt", { n: index + 1 })}
                  loading="lazy"
                  className="aspect-[4/3] w-full rounded object-cover"
                />
                {photo.caption ? (
                  <figcaption className="mt-1 text-sm text-stone-700">{photo.caption}</figcaption>
                ) : null}
              </figure>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
    </div>
  );
}

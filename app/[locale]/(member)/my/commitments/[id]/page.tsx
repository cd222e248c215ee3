import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { maxPhotos } from "@/lib/activities/commitments/commitment-photos";
import {
  getMyCommitmentRecord,
  listCommunityOptions,
  listEvidenceOptions,
} from "@/lib/activities/commitments/queries";
import { id as idField } from "@/lib/core/forms/fields";
import { beijingToday } from "@/lib/core/time/beijing";
import { DeleteRecordForm } from "@/components/activities/commitments/delete-record-form";
import { PhotoUploadForm, RemovePhotoForm } from "@/components/activities/commitments/photo-forms";
import { RecordDetails } from "@/components/activities/commitments/record-details";
import { RecordForm } from "@/components/activities/commitments/record-form";
import { RulesHelp } from "@/components/activities/commitments/rules-help";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.commitments");
  return { title: t("recordTitle") };
}

/** One record of the secretary's unit: its review, its photos, and (until confirmed) the fix form. */
export default async function MyCommitmentRecordPage({ params }: { params: Params }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/commitments/${encodeURIComponent(raw)}`);
  const parsed = idField.safeParse(raw);
  const record =
    parsed.success && /^\d+$/.test(raw) ? await getMyCommitmentRecord(user.unitId, parsed.data) : null;
  if (!record) notFound();
  const [t, options, communities] = await Promise.all([
    getTranslations("activities.commitments"),
    listEvidenceOptions(user.unitId, record.year),
    listCommunityOptions(),
  ]);
  const editable = record.status !== "CONFIRMED";
  const link = record.activityId
    ? `activity:${record.activityId}`
    : record.meetingId
      ? `meeting:${record.meetingId}`
      : "";
  return (
    <div className="space-y-6">
      <Link
        href={`/my/commitments?year=${record.year}`}
        className="inline-flex min-h-6 items-center text-brand-700 underline"
      >
        {t("backToFive", { year: record.year })}
      </Link>
      <header className="space-y-1">
        <h1 className="break-words text-2xl font-bold">{record.title}</h1>
        <p className="text-sm text-stone-700">{t(`next.${record.status}`)}</p>
      </header>
      <Card aria-labelledby="record-heading">
        <h2 id="record-heading" className="sr-only">
          {t("recordTitle")}
        </h2>
        <RecordDetails record={record} meetingHref={(id) => `/meetings/${id}`} />
      </Card>
      {editable ? (
        <>
          {record.photos.length > 0 ? (
            <section aria-labelledby="photos-heading" className="space-y-3">
              <h2 id="photos-heading" className="text-lg font-semibold">
                {t("photos")}
              </h2>
              <ul className="space-y-2">
                {record.photos.map((photo, index) => (
                  <li key={photo.id}>
                    <RemovePhotoForm
                      recordId={record.id}
                      photoId={photo.id}
                      label={t("removePhoto", { n: index + 1 })}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {record.photos.length < maxPhotos ? (
            <Card aria-labelledby="upload-heading" className="space-y-3">
              <h2 id="upload-heading" className="text-lg font-semibold">
                {t("addPhoto")}
              </h2>
              <PhotoUploadForm recordId={record.id} />
            </Card>
          ) : null}
          <Card aria-labelledby="fix-heading" className="space-y-3">
            <h2 id="fix-heading" className="text-lg font-semibold">
              {record.status === "RETURNED" ? t("fixRecord") : t("editRecord")}
            </h2>
            <RulesHelp />
            <RecordForm
              record={{
                ...record,
                occurredOn: record.occurredOn.toISOString().slice(0, 10),
                link,
              }}
              today={beijingToday().toISOString().slice(0, 10)}
              options={options}
              communities={communities}
            />
          </Card>
          <DeleteRecordForm id={record.id} version={record.version} title={record.title} />
        </>
      ) : null}
    </div>
  );
}

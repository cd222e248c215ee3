import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { hasMeetingStarted } from "@/lib/meetings/access";
import { getMeetingForAdmin } from "@/lib/meetings/queries";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { CancelMeetingForm, MarkHeldForm } from "@/components/meetings/lifecycle-forms";
import { MeetingAdminTabs } from "@/components/meetings/meeting-admin-tabs";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { loadMeetingFormOptions, meetingFormValues } from "@/components/meetings/meeting-form-options";
import { ResponseTable } from "@/components/meetings/response-table";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

async function load(params: Params) {
  const parsed = idField.safeParse((await params).id);
  return parsed.success ? getMeetingForAdmin(parsed.data) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const meeting = await load(params);
  return meeting ? { title: meeting.title } : {};
}

async function AdminMeetingPageContent({ params }: { params: Params }) {
  await requireAdmin(`/admin/meetings/${encodeURIComponent((await params).id)}`);
  const meeting = await load(params);
  if (!meeting) notFound();
  const [t, format] = await Promise.all([getTranslations("meetings.meeting"), getFormatter()]);
  const started = hasMeetingStarted(meeting);
  const cancelled = meeting.status === "CANCELLED";
  const options = cancelled ? null : await loadMeetingFormOptions(meeting);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/meetings" label={t("admin.back")} />
      <MeetingAdminTabs meetingId={meeting.id} />
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={cancelled ? "amber" : meeting.status === "HELD" ? "green" : "brand"}>
            {t(`status.${meeting.status}`)}
          </Badge>
          <span className="text-sm text-stone-600">{t(`kind.${meeting.kind}`)}</span>
        </div>
        <h1 className="text-2xl font-bold break-words">{meeting.title}</h1>
        <p className="text-stone-700">
          {format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short" })}
        </p>
        <Link
          href={`/meetings/${meeting.id}`}
          className="text-sm text-brand-700 underline underline-offset-2"
        >
          {t("admin.publicPage")}
        </Link>
      </header>
      {cancelled ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("admin.cancelledLocked", { reason: meeting.cancelReason })}
        </p>
      ) : started ? (
        <p className="rounded bg-stone-100 p-3 text-stone-800">{t("admin.startedNote")}</p>
      ) : null}

      <Card aria-labelledby="responses-heading" className="space-y-3">
        <h2 id="responses-heading" className="text-lg font-semibold">
          {t("responses.heading")}
        </h2>
        <ResponseTable
          meeting={meeting}
          canRemind={!cancelled && !started && meeting.status === "SCHEDULED"}
        />
      </Card>

      {options ? (
        <Card aria-labelledby="edit-heading" className="space-y-3">
          <h2 id="edit-heading" className="text-lg font-semibold">
            {t("admin.edit")}
          </h2>
          <MeetingForm meeting={meetingFormValues(meeting)} options={options} />
        </Card>
      ) : null}

      {!cancelled && !started ? (
        <Card aria-labelledby="cancel-heading" className="space-y-3">
          <h2 id="cancel-heading" className="text-lg font-semibold">
            {t("admin.cancelHeading")}
          </h2>
          <CancelMeetingForm meetingId={meeting.id} />
        </Card>
      ) : null}
      {meeting.status === "SCHEDULED" && started ? (
        <Card aria-labelledby="held-heading" className="space-y-3">
          <h2 id="held-heading" className="text-lg font-semibold">
            {t("admin.heldHeading")}
          </h2>
          <MarkHeldForm meetingId={meeting.id} />
        </Card>
      ) : null}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminMeetingPage(props: Parameters<typeof AdminMeetingPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["meetings.meeting"]}>
      <AdminMeetingPageContent {...props} />
    </ClientMessages>
  );
}

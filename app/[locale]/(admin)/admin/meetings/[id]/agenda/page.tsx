import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaHeading } from "@/components/meetings/agenda/agenda-heading";
import { requireAdmin } from "@/lib/core/auth/session";
import { getAgenda, getAgendaMeeting, listPresenterUnits } from "@/lib/meetings/agenda/queries";
import { id as idField } from "@/lib/core/forms/fields";
import { hasMeetingStarted } from "@/lib/meetings/access";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { AmendmentList } from "@/components/meetings/agenda/amendment-list";
import { EditorItem } from "@/components/meetings/agenda/editor-item";
import { ItemForm } from "@/components/meetings/agenda/item-form";
import { MeetingAdminTabs } from "@/components/meetings/meeting-admin-tabs";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.agenda");
  return { title: t("heading") };
}

async function AgendaEditorPageContent({ params }: { params: Params }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/meetings/${encodeURIComponent(raw)}/agenda`);
  const parsed = idField.safeParse(raw);
  const meeting = parsed.success ? await getAgendaMeeting(parsed.data) : null;
  if (!meeting) notFound();
  const [t, agenda, units] = await Promise.all([
    getTranslations("meetings.agenda"),
    getAgenda(meeting.id),
    listPresenterUnits(),
  ]);
  const readOnly = meeting.status === "CANCELLED";
  const started = hasMeetingStarted(meeting);
  return (
    <div className="space-y-6">
      <MeetingAdminTabs meetingId={meeting.id} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{meeting.title}</h1>
        <p className="text-stone-700">
          {t("heading")} · {formatBeijingDateTime(meeting.startsAt)}
        </p>
      </header>
      {readOnly ? (
        <p role="note" className="rounded bg-stone-100 p-3 text-stone-800">
          {t("cancelledNotice")}
        </p>
      ) : started ? (
        <p role="note" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("frozenNotice")}
        </p>
      ) : null}
      <section aria-labelledby="agenda-items-heading" className="space-y-3">
        <AgendaHeading
          id="agenda-items-heading"
          itemCount={agenda.items.length}
          totalMinutes={agenda.totalMinutes}
        />
        {agenda.items.length === 0 ? (
          <p className="text-stone-700">{readOnly ? t("notPublished") : t("empty")}</p>
        ) : (
          <ol className="space-y-3">
            {agenda.items.map((item, index) => (
              <EditorItem
                key={item.id}
                meetingId={meeting.id}
                item={item}
                position={index + 1}
                total={agenda.items.length}
                units={units}
                started={started}
                readOnly={readOnly}
              />
            ))}
          </ol>
        )}
        <AmendmentList amendments={agenda.amendments} />
      </section>
      {readOnly ? null : (
        <Card aria-labelledby="agenda-add-heading" className="space-y-3">
          <h2 id="agenda-add-heading" className="text-lg font-semibold">
            {t("form.addHeading")}
          </h2>
          <ItemForm meetingId={meeting.id} units={units} started={started} />
        </Card>
      )}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AgendaEditorPage(props: Parameters<typeof AgendaEditorPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["meetings.agenda", "meetings.meeting.errors"]}>
      <AgendaEditorPageContent {...props} />
    </ClientMessages>
  );
}

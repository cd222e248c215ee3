import { ClientMessages } from "@/components/core/i18n/client-messages";

/**
 * The messages of the client components here: the meeting page is an island (the visitor's view
 * replaces the cached public one), so all its sections translate in the browser, with the
 * invited unit's answer (RSVP) form. Only the keys those sections read: the page is within
 * issue 14's HTML budget (components/core/i18n/client-messages.test.ts checks the list).
 */
export default function MeetingLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      forms
      namespaces={[
        "meetings.meeting",
        "meetings.attendance",
        "meetings.agenda.amendments",
        "meetings.agenda.attachments",
        "meetings.agenda.download",
        "meetings.agenda.minutes",
        "meetings.agenda.noPresenter",
        "meetings.agenda.notPublished",
        "meetings.agenda.presenter",
        "meetings.agenda.sectionHeading",
        "meetings.agenda.total",
        "meetings.decisions.dueOn",
        "meetings.decisions.empty",
        "meetings.decisions.overdue",
        "meetings.decisions.ownedBy",
        "meetings.decisions.section",
        "meetings.decisions.status",
        "meetings.minutes.errata",
        "meetings.minutes.section",
        "meetings.minutes.status",
        "meetings.minutes.visibility",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

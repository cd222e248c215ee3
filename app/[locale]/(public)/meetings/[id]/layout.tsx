import { ClientMessages } from "@/components/core/i18n/client-messages";

/**
 * The messages of the client components here: the meeting page is an island (the visitor's view
 * replaces the cached public one), so all its sections translate in the browser, with the
 * invited unit's answer (RSVP) form.
 */
export default function MeetingLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "core.errors",
        "core.validation",
        "meetings.meeting",
        "meetings.agenda",
        "meetings.attendance",
        "meetings.minutes",
        "meetings.decisions",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

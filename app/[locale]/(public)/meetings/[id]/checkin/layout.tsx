import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the meeting check-in form. */
export default function MeetingCheckinLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "core.errors",
        "core.validation",
        "meetings.meeting",
        "meetings.attendance",
        "activities.checkin",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

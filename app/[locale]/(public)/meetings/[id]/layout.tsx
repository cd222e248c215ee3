import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the invited unit's answer (RSVP) form. */
export default function MeetingLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "meetings.meeting"]}>
      {children}
    </ClientMessages>
  );
}

import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the decision forms of the meeting's editors. */
export default function MeetingDecisionsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "meetings.meeting", "meetings.decisions"]}>
      {children}
    </ClientMessages>
  );
}

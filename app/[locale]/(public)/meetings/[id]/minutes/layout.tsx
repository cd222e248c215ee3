import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the minutes editor, errata and version restore forms. */
export default function MinutesLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "meetings.meeting", "meetings.minutes"]}>
      {children}
    </ClientMessages>
  );
}

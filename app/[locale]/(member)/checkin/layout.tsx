import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the activity check-in form. */
export default function CheckinLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={["core.errors", "core.validation", "activities.checkin", "activities.reports"]}
    >
      {children}
    </ClientMessages>
  );
}

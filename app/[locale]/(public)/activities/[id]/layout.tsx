import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: a signed-in secretary's claim, join and withdraw buttons. */
export default function ActivityLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "core.errors",
        "core.validation",
        "activities.participation",
        "activities.reports.activityNotFound",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

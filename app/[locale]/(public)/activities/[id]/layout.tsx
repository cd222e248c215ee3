import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the visitor's island (a secretary's claim, join and withdraw buttons, a visitor's hints). */
export default function ActivityLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "core.errors",
        "core.validation",
        "activities.participation",
        "activities.detail.unclaimedHint",
        "activities.reports.activityNotFound",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

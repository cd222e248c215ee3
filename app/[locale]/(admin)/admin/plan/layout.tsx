import { ClientMessages } from "@/components/core/i18n/client-messages";

/**
 * The year's list editor: every page here renders the list's forms (years, activities, imports,
 * leads), so the section shares one set of messages.
 */
export default function PlanEditorLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "activities.admin",
        "activities.reports.activityNotFound",
        "activities.reports.notCancellable",
        "core.errors",
        "core.validation",
        "units.admin.import",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

import { ClientMessages } from "@/components/core/i18n/client-messages";

/**
 * The messages of the needs board's admin forms (posting, photos, offers, matching, closing).
 * Turning a need into an activity runs the list's own create (lib/activities/admin), whose
 * refusals can come back too.
 */
export default function AdminNeedsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      forms
      namespaces={[
        "activities.admin.activityNotFound",
        "activities.admin.cancelledLocked",
        "activities.admin.communityNotFound",
        "activities.admin.confirmRequired",
        "activities.admin.dateOutsideMonth",
        "activities.admin.dateOutsideYear",
        "activities.admin.import.chooseFile",
        "activities.admin.reportedLocked",
        "activities.admin.serviceSiteNotFound",
        "activities.admin.venueNotFound",
        "activities.admin.yearNotFound",
        "core.errors.imageTooManyPixels",
        "core.errors.staleVersion",
        "pairing.needs.admin",
        "pairing.needs.done",
        "pairing.needs.errors",
        "pairing.needs.validation",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

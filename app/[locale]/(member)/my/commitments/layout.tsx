import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The unit's five commitments: the year's records and one record share their forms' messages. */
export default function MyCommitmentsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={["activities.commitments", "activities.reports", "core.errors", "core.validation"]}
    >
      {children}
    </ClientMessages>
  );
}

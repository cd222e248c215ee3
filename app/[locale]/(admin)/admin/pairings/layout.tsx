import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The admin's pairings: the forms of the new pairing and of one pairing's page. */
export default function AdminPairingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages forms namespaces={["pairing.pairings"]}>
      {children}
    </ClientMessages>
  );
}

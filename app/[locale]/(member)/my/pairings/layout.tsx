import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The unit's pairings: the proposal form's messages. */
export default function MyPairingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages forms namespaces={["pairing.pairings"]}>
      {children}
    </ClientMessages>
  );
}

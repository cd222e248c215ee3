import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the secretary's offer and withdraw forms. */
export default function MyNeedLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      forms
      namespaces={[
        "core.errors.staleVersion",
        "pairing.needs.done.offered",
        "pairing.needs.done.withdrawn",
        "pairing.needs.errors",
        "pairing.needs.offer",
        "pairing.needs.validation",
      ]}
    >
      {children}
    </ClientMessages>
  );
}

import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the activation form (a new secretary's first password). */
export default function ActivateLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.admission.apply.activation"]}>
      {children}
    </ClientMessages>
  );
}

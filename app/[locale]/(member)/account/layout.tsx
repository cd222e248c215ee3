import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the change-password form. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.selfService"]}>
      {children}
    </ClientMessages>
  );
}

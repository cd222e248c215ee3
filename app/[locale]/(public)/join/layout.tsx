import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the application form and the reply form on its status page. */
export default function JoinLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.admission"]}>
      {children}
    </ClientMessages>
  );
}

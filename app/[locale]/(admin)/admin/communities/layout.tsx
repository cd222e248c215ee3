import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the community form and the subdistrict rename forms. */
export default function AdminCommunitiesLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "pairing.communities"]}>
      {children}
    </ClientMessages>
  );
}

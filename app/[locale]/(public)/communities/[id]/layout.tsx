import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the community page's island: the members-only contact. */
export default function CommunityLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["pairing.communities.contact"]}>{children}</ClientMessages>;
}

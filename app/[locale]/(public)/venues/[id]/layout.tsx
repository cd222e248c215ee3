import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the venue page's island: its week of busy times and booking links. */
export default function VenueLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["venues.map"]}>{children}</ClientMessages>;
}

import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the booking form. */
export default function BookVenueLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "venues.bookings"]}>
      {children}
    </ClientMessages>
  );
}

import { ClientMessages } from "@/components/core/i18n/client-messages";

/** The messages of the client components here: the sign-in form. */
export default function LoginLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["core.auth"]}>{children}</ClientMessages>;
}

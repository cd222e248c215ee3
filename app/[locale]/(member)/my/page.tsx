import { ClientMessages } from "@/components/core/i18n/client-messages";
import { MyHome, myHomeMetadata } from "@/components/units/self-service/my-home";
import { requireSecretary } from "@/lib/core/auth/session";

export const generateMetadata = myHomeMetadata;

// Secretaries are served their cached copy (app/[locale]/viewer); this render is for everybody
// else, whom requireSecretary sends to sign in or refuses.
export default async function MyHomePage() {
  const user = await requireSecretary("/my");
  return (
    <ClientMessages forms namespaces={["meetings.decisions", "meetings.meeting.errors"]}>
      <MyHome user={user} />
    </ClientMessages>
  );
}

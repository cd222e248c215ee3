import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { MyHome, myHomeMetadata } from "@/components/units/self-service/my-home";
import { MyNav } from "@/components/units/self-service/my-nav";
import { isSecretary } from "@/lib/core/auth/policy";
import { viewerOfCopy } from "@/lib/core/site/viewer-pages";

export const generateMetadata = myHomeMetadata;

/** A secretary's cached `/my` (lib/core/site/viewer-pages.ts), with what the /my layout adds. */
export default async function ViewerMyHomePage({ params }: { params: Promise<{ viewerId: string }> }) {
  const user = await viewerOfCopy((await params).viewerId, "/my");
  if (!isSecretary(user)) notFound();
  return (
    <>
      <MyNav />
      <ClientMessages forms namespaces={["meetings.decisions", "meetings.meeting.errors"]}>
        <MyHome user={user} />
      </ClientMessages>
    </>
  );
}

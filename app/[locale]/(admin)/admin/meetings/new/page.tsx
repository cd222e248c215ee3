import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { BackLink } from "@/components/ui/back-link";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { loadMeetingFormOptions } from "@/components/meetings/meeting-form-options";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting.admin");
  return { title: t("new") };
}

async function NewMeetingPageContent() {
  await requireAdmin("/admin/meetings/new");
  const [t, options] = await Promise.all([
    getTranslations("meetings.meeting.admin"),
    loadMeetingFormOptions(),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/meetings" label={t("back")} />
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <Card as="div">
        <MeetingForm options={options} />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function NewMeetingPage() {
  return (
    <ClientMessages forms namespaces={["meetings.meeting"]}>
      <NewMeetingPageContent />
    </ClientMessages>
  );
}

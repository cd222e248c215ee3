import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddDecisionForm } from "@/components/meetings/decisions/decision-forms";
import { MeetingDecisionItem } from "@/components/meetings/decisions/meeting-decision-item";
import { MeetingAdminTabs } from "@/components/meetings/meeting-admin-tabs";
import { BackLink } from "@/components/ui/back-link";
import { can } from "@/lib/core/auth/policy";
import { beijingToday } from "@/lib/core/time/beijing";
import { getMeetingDecisions, listOwnerUnitChoices } from "@/lib/meetings/decisions/queries";
import { canWriteMinutes, requireMeetingForMember } from "@/lib/meetings/access";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.decisions");
  return { title: t("pageTitle") };
}

/** A meeting's decisions: writers list and edit them, owners report on them, members read. */
export default async function MeetingDecisionsPage({ params }: { params: Params }) {
  // Decisions are members' business even for a public meeting: visitors sign in first.
  const { viewer, meeting } = await requireMeetingForMember((await params).id, "/decisions");
  const canWrite = canWriteMinutes(viewer, meeting);
  const [t, decisions, units] = await Promise.all([
    getTranslations("meetings.decisions"),
    getMeetingDecisions(meeting.id),
    canWrite ? listOwnerUnitChoices() : Promise.resolve([]),
  ]);
  const options = units.map((unit) => ({ value: String(unit.id), label: unit.name }));
  const today = beijingToday();
  return (
    <div className="space-y-6">
      {can(viewer, "meetings.manage") ? <MeetingAdminTabs meetingId={meeting.id} /> : null}
      <BackLink href={`/meetings/${meeting.id}`} label={t("backToMeeting")} />
      <header className="space-y-1">
        <p className="text-sm text-stone-600 break-words">{meeting.title}</p>
        <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
        {!canWrite ? <p className="text-sm text-stone-700">{t("readOnlyHint")}</p> : null}
      </header>
      {canWrite && meeting.status === "CANCELLED" ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("cancelledNotice")}
        </p>
      ) : null}
      {canWrite && meeting.status !== "CANCELLED" ? (
        <Card aria-labelledby="add-decision-heading" className="space-y-3">
          <h2 id="add-decision-heading" className="text-lg font-semibold">
            {t("addHeading")}
          </h2>
          <AddDecisionForm meetingId={meeting.id} units={options} />
        </Card>
      ) : null}
      <section aria-labelledby="decision-list-heading" className="space-y-3">
        <h2 id="decision-list-heading" className="text-lg font-semibold">
          {t("listHeading", { count: decisions.length })}
        </h2>
        {decisions.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
        {decisions.map((decision, index) => (
          <MeetingDecisionItem
            key={decision.id}
            decision={decision}
            index={index}
            count={decisions.length}
            today={today}
            canWrite={canWrite}
            canUpdate={can(viewer, { action: "decision.update", ownerUnitId: decision.ownerUnitId })}
            units={options}
          />
        ))}
      </section>
    </div>
  );
}

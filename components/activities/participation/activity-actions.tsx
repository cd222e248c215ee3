import { getTranslations } from "next-intl/server";
import type { PublicActivity } from "@/lib/activities/plan/queries";
import { getParticipationPanel, type ParticipationPanel } from "@/lib/activities/participation/queries";
import { ActivityStatusBadge } from "@/components/activities/plan/activity-status-badge";
import { Card } from "@/components/ui/card";
import { ViewerActions } from "./viewer-actions";

type Props = { activity: Pick<PublicActivity, "id" | "status" | "capacity" | "leadUnit"> };

/**
 * Claim and sign-up panel of the public activity page. Everyone sees status, lead and the
 * numbers (sign-ups, or the report's once reported); the visitor's own part (a secretary's
 * buttons, a visitor's "sign in") is an island, so this stays the same for everybody and cached.
 */
export async function ActivityActions({ activity }: Props) {
  const t = await getTranslations("activities.participation");
  const panel = await getParticipationPanel(activity.id, null);
  if (!panel) return null;

  return (
    <Card variant="outlined" aria-labelledby="participation-heading" className="space-y-4 sm:p-5">
      <h2 id="participation-heading" className="text-lg font-semibold">
        {t("panelTitle")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-stone-600">{t("status")}</dt>
        <dd>
          <ActivityStatusBadge status={activity.status} hasLeadUnit={activity.leadUnit !== null} />
        </dd>
        <dt className="text-stone-600">{t("lead")}</dt>
        <dd>{activity.leadUnit?.name ?? t("unclaimed")}</dd>
        <Counts panel={panel} t={t} />
      </dl>
      <ViewerActions activityId={activity.id} />
    </Card>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"activities.participation">>>;

/** Sign-ups against the capacity, or once reported the report's own figures. */
function Counts({ panel, t }: { panel: ParticipationPanel; t: T }) {
  const counts = panel.counts;
  if (counts.kind === "reported") {
    return (
      <>
        <dt className="text-stone-600">{t("tookPart")}</dt>
        <dd>{t("signedUpValue", { units: counts.units, people: counts.people })}</dd>
      </>
    );
  }
  if (counts.kind === "revising") {
    return (
      <>
        <dt className="text-stone-600">{t("tookPart")}</dt>
        <dd>{t("reportRevising")}</dd>
      </>
    );
  }
  return (
    <>
      <dt className="text-stone-600">{t("signedUp")}</dt>
      <dd>{t("signedUpValue", { units: counts.units, people: counts.people })}</dd>
      <dt className="text-stone-600">{t("capacity")}</dt>
      <dd>{counts.capacity === null ? t("noCapacity") : t("capacityValue", { count: counts.capacity })}</dd>
      {panel.waitlisted > 0 ? (
        <>
          <dt className="text-stone-600">{t("waitlistCount")}</dt>
          <dd>{t("waitlistValue", { count: panel.waitlisted })}</dd>
        </>
      ) : null}
    </>
  );
}

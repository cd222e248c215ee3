import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import type { PublicActivity } from "@/lib/activities/queries";
import { getParticipationPanel } from "@/lib/participation/queries";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { ParticipationForms, type PanelMode } from "./participation-forms";

type Props = { activity: Pick<PublicActivity, "id" | "status" | "capacity" | "leadUnit"> };

/**
 * Claim and sign-up panel of the public activity page. Everyone sees status, lead and how many
 * signed up (plain server HTML, readable without JavaScript); a signed-in secretary also gets
 * the buttons that fit their unit: claim, sign up, withdraw, or "manage" for the lead.
 */
export async function ActivityActions({ activity }: Props) {
  const t = await getTranslations("participation");
  const user = await getCurrentUser();
  const unitId = user?.role === "SECRETARY" && !user.mustChangePassword ? user.unitId : null;
  const panel = await getParticipationPanel(activity.id, unitId);
  const isLead = unitId !== null && panel.leadUnitId === unitId;
  const mine = panel.mine;

  let mode: PanelMode = "none";
  if (unitId !== null && !isLead) {
    if (activity.leadUnit === null && activity.status === "PLANNED") mode = "claim";
    else if (mine) mode = activity.status === "OPEN" ? "joined" : "none";
    else if (activity.status === "OPEN") mode = "join";
  }

  return (
    <section
      aria-labelledby="participation-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
    >
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
        <dt className="text-stone-600">{t("signedUp")}</dt>
        <dd>{t("signedUpValue", { units: panel.joinedUnits, people: panel.joinedHeadcount })}</dd>
        <dt className="text-stone-600">{t("capacity")}</dt>
        <dd>
          {activity.capacity === null ? t("noCapacity") : t("capacityValue", { count: activity.capacity })}
        </dd>
        {panel.waitlisted > 0 ? (
          <>
            <dt className="text-stone-600">{t("waitlistCount")}</dt>
            <dd>{t("waitlistValue", { count: panel.waitlisted })}</dd>
          </>
        ) : null}
      </dl>

      {mine ? (
        <p className="rounded bg-brand-50 p-3 text-sm text-stone-900">
          {mine.status === "WAITLISTED"
            ? t("youWaitlisted", { position: mine.position, headcount: mine.headcount })
            : t("youJoined", { headcount: mine.headcount })}
        </p>
      ) : null}
      {isLead ? (
        <p className="text-sm">
          {t("youLead")}{" "}
          <Link
            href={`/my/activities/${activity.id}`}
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {t("manage")}
          </Link>
        </p>
      ) : null}
      {unitId !== null && !isLead && !mine && mode === "none" && activity.leadUnit !== null ? (
        <p className="text-sm text-stone-600">{t("signUpNotOpen")}</p>
      ) : null}
      {user === null ? (
        <p className="text-sm text-stone-600">
          {t("signInToAct")}{" "}
          <Link
            href={`/login?callbackUrl=${encodeURIComponent(`/activities/${activity.id}`)}`}
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {t("signIn")}
          </Link>
        </p>
      ) : null}
      {unitId !== null ? <ParticipationForms activityId={activity.id} mode={mode} /> : null}
    </section>
  );
}

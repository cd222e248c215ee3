import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { actingUnitOf } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import type { PublicActivity } from "@/lib/activities/plan/queries";
import { getParticipationPanel, type ParticipationPanel } from "@/lib/activities/participation/queries";
import {
  isPastActivity,
  unitActivityAction,
  type UnitAction,
} from "@/lib/activities/participation/unit-options";
import { beijingToday } from "@/lib/core/time/beijing";
import { ActivityStatusBadge } from "@/components/activities/plan/activity-status-badge";
import { ParticipationForms, type PanelMode } from "./participation-forms";
import { Card } from "@/components/ui/card";

type Props = { activity: Pick<PublicActivity, "id" | "status" | "capacity" | "leadUnit"> };

/**
 * Claim and sign-up panel of the public activity page. Everyone sees status, lead and the
 * numbers (sign-ups, or the report's once reported); a signed-in secretary also gets what their
 * unit can do now (unitActivityAction): a live button, or the reason there is none.
 */
export async function ActivityActions({ activity }: Props) {
  const t = await getTranslations("activities.participation");
  const user = await getCurrentUser();
  const unitId = user && !user.mustChangePassword ? actingUnitOf(user) : null;
  const panel = await getParticipationPanel(activity.id, unitId);
  if (!panel) return null;
  const today = beijingToday();
  const action: UnitAction | null =
    unitId === null
      ? null
      : unitActivityAction({
          ...panel.activity,
          maxLeadsPerUnit: panel.activity.plan.maxLeadsPerUnit,
          unitId,
          leadsThisYear: panel.leadsThisYear,
          mine: panel.mine?.status ?? null,
          today,
          now: new Date(),
        });
  const mine = panel.mine;
  // Visitors are told to sign in only where a secretary could act: a claimable or open activity.
  const visitorCanAct =
    !isPastActivity(panel.activity, today) &&
    ((activity.status === "PLANNED" && activity.leadUnit === null) || activity.status === "OPEN");

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

      {mine ? (
        <p className="rounded bg-brand-50 p-3 text-sm text-stone-900">
          {mine.status === "WAITLISTED"
            ? t("youWaitlisted", { position: mine.position, headcount: mine.headcount })
            : t("youJoined", { headcount: mine.headcount })}
        </p>
      ) : null}
      {action?.kind === "lead" ? (
        <p className="text-sm">
          {t("youLead")}{" "}
          <Link
            href={`/my/activities/${activity.id}`}
            className="inline-block py-2 font-medium text-brand-700 underline underline-offset-2"
          >
            {t("manage")}
          </Link>
        </p>
      ) : null}
      {action?.kind === "none" ? (
        <Blocked action={action} unclaimed={activity.leadUnit === null} withButton={mine === null} t={t} />
      ) : null}
      {user === null && visitorCanAct ? (
        <p className="text-sm text-stone-600">
          {t("signInToAct")}{" "}
          <Link
            href={`/login?callbackUrl=${encodeURIComponent(`/activities/${activity.id}`)}`}
            className="inline-block py-2 font-medium text-brand-700 underline underline-offset-2"
          >
            {t("signIn")}
          </Link>
        </p>
      ) : null}
      {action?.kind === "join" && isFull(panel) ? (
        <p className="text-sm text-stone-700">{t("fullWaitlistHint")}</p>
      ) : null}
      {action !== null ? <ParticipationForms activityId={activity.id} mode={formMode(action)} /> : null}
    </Card>
  );
}

/** No place left (or others already queue): a sign-up now goes to the waitlist. */
function isFull(panel: ParticipationPanel): boolean {
  const counts = panel.counts;
  if (counts.kind !== "signUps" || counts.capacity === null) return false;
  return panel.waitlisted > 0 || counts.people >= counts.capacity;
}

type T = Awaited<ReturnType<typeof getTranslations<"activities.participation">>>;

function formMode(action: UnitAction): PanelMode {
  return action.kind === "claim" || action.kind === "join" || action.kind === "withdraw"
    ? action.kind
    : "none";
}

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

/**
 * Why this unit has no button. Where a claim or sign-up would be the natural next step, that
 * button is shown disabled with the reason beside it, so the unit sees what is missing.
 */
function Blocked({
  action,
  unclaimed,
  withButton,
  t,
}: {
  action: Extract<UnitAction, { kind: "none" }>;
  unclaimed: boolean;
  withButton: boolean;
  t: T;
}) {
  const ended = action.reason === "heldActivity" || action.reason === "cancelledActivity";
  const reason = (
    <p id="participation-reason" className="text-sm text-stone-700">
      {t(action.reason, action.values)}
    </p>
  );
  if (ended || !withButton || action.reason === "ownActivity") return reason;
  return (
    <div className="space-y-2">
      {reason}
      <button
        type="button"
        disabled
        aria-describedby="participation-reason"
        className="min-h-11 cursor-not-allowed rounded bg-stone-200 px-4 py-2 font-medium text-stone-600"
      >
        {unclaimed ? t("claim") : t("join")}
      </button>
    </div>
  );
}

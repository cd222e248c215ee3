"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { UnitAction } from "@/lib/activities/participation/unit-options";
import { useActivityViewer } from "./activity-viewer";
import { ParticipationForms, type PanelMode } from "./participation-forms";

type T = ReturnType<typeof useTranslations<"activities.participation">>;
const linkClass = "inline-block py-2 font-medium text-brand-700 underline underline-offset-2";

/**
 * The visitor's part of the activity panel (an island: the panel around it is cached): a
 * signed-in secretary's sign-up, what their unit can do now (a live button, or the reason there
 * is none); a visitor's "sign in" where a secretary could act.
 */
export function ViewerActions({ activityId }: { activityId: number }) {
  const t = useTranslations("activities.participation");
  const { viewer, reload } = useActivityViewer(activityId);
  if (!viewer) return null;
  if (!viewer.signedIn) {
    return viewer.canAct ? (
      <p className="text-sm text-stone-600">
        {t("signInToAct")}{" "}
        <Link
          href={`/login?callbackUrl=${encodeURIComponent(`/activities/${activityId}`)}`}
          className={linkClass}
        >
          {t("signIn")}
        </Link>
      </p>
    ) : null;
  }
  const { mine, action } = viewer;
  return (
    <>
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
          <Link href={`/my/activities/${activityId}`} className={linkClass}>
            {t("manage")}
          </Link>
        </p>
      ) : null}
      {action?.kind === "none" ? (
        <Blocked action={action} unclaimed={viewer.unclaimed} withButton={mine === null} t={t} />
      ) : null}
      {action?.kind === "join" && viewer.full ? (
        <p className="text-sm text-stone-700">{t("fullWaitlistHint")}</p>
      ) : null}
      {action !== null ? (
        <ParticipationForms activityId={activityId} mode={formMode(action)} onResult={reload} />
      ) : null}
    </>
  );
}

function formMode(action: UnitAction): PanelMode {
  return action.kind === "claim" || action.kind === "join" || action.kind === "withdraw"
    ? action.kind
    : "none";
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

import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { LeadControls } from "@/components/activities/participation/lead-controls";
import { MarkHeldForm } from "@/components/activities/reports/lifecycle-forms";
import type { NextStep } from "@/lib/activities/lifecycle/next-step";
import type { LedActivity } from "@/lib/activities/participation/queries";
import { buttonClass } from "@/components/ui/button";

const primaryLink = buttonClass();

/**
 * The top of the lead's page: the one thing to do now, one tap away. Each step's target page
 * (schedule, check-in, report) links back here, so the whole run is a chain of single taps.
 */
export async function NextStepPanel({
  activity,
  step,
  joinedUnits,
  releasable,
}: {
  activity: LedActivity;
  step: NextStep;
  joinedUnits: number;
  releasable: boolean;
}) {
  const t = await getTranslations("activities.participation.next");
  const base = `/my/activities/${activity.id}`;
  const action: Partial<Record<NextStep, { href: string; label: string }>> = {
    schedule: { href: `${base}/schedule`, label: t("scheduleAction") },
    gatherSignUps: { href: "#joined", label: t("seeJoined", { count: joinedUnits }) },
    checkIn: { href: `${base}/checkin`, label: t("checkInAction") },
    report: { href: `${base}/report`, label: t("reportAction") },
    fixReport: { href: `${base}/report`, label: t("fixAction") },
    awaitReview: { href: `${base}/report`, label: t("viewReport") },
    finished: { href: `/activities/${activity.id}`, label: t("viewPublic") },
  };
  const primary = action[step];
  // Sign-up can be opened, closed or reopened until the activity is marked held.
  const signUpSwitches = step === "openSignUp" || step === "gatherSignUps" || step === "checkIn";
  return (
    <section
      aria-labelledby="next-heading"
      data-testid="next-step"
      className="space-y-3 rounded-lg border-2 border-brand-700 bg-white p-4"
    >
      <h2 id="next-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p>{t(`steps.${step}`)}</p>
      {step === "fixReport" ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">
          {t("fixRequest", { message: activity.report?.fixRequest ?? "" })}
        </p>
      ) : null}
      {primary ? (
        <p>
          <Link href={primary.href} className={primaryLink}>
            {primary.label}
          </Link>
        </p>
      ) : null}
      {step === "checkIn" ? (
        <div className="border-t border-stone-200 pt-3">
          <MarkHeldForm activityId={activity.id} version={activity.version} variant="secondary" />
        </div>
      ) : null}
      {signUpSwitches || releasable ? (
        <LeadControls
          activityId={activity.id}
          status={signUpSwitches ? activity.status : null}
          releasable={releasable}
        />
      ) : null}
    </section>
  );
}

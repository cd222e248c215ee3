import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminActor } from "@/lib/core/auth/policy";
import { getAdminOverview } from "@/lib/overview/admin-home";
import { countProposedPairings } from "@/lib/pairing/pairings/queries";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";

export async function adminHomeMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview.admin");
  return { title: t("title") };
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card as="div">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
    </Card>
  );
}

/** The admin's home: membership, this year's list and the meetings ahead (app/…/admin, viewer/…). */
export async function AdminHome({ user }: { user: AdminActor }) {
  const { year } = beijingYearMonth();
  const [overview, proposals] = await Promise.all([getAdminOverview(year), countProposedPairings()]);
  const [t, tp, format] = await Promise.all([
    getTranslations("overview.admin"),
    getTranslations("pairing.pairings"),
    getFormatter(),
  ]);
  const totalActivities = Object.values(overview.activities).reduce((sum, n) => sum + n, 0);
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-stone-600">{t("welcome", { name: user.name })}</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      {proposals > 0 ? (
        <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          <Link href="/admin/pairings?status=PROPOSED" className="underline underline-offset-2">
            {tp("waitingCount", { count: proposals })}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="membership-heading">
        <h2 id="membership-heading" className="text-lg font-semibold">
          {t("membership")}
        </h2>
        <dl className="mt-3 grid grid-cols-3 gap-3">
          <Stat label={t("unitsActive")} value={overview.units.ACTIVE ?? 0} />
          <Stat label={t("unitsSuspended")} value={overview.units.SUSPENDED ?? 0} />
          <Stat label={t("unitsWithdrawn")} value={overview.units.WITHDRAWN ?? 0} />
        </dl>
      </section>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading" className="text-lg font-semibold">
          {t("plan", { year })}
        </h2>
        {overview.plan ? (
          <>
            <p className="text-sm text-stone-600">{t("planStatus", { status: overview.plan.status })}</p>
            <dl className="mt-3 grid grid-cols-3 gap-3">
              <Stat label={t("activitiesTotal")} value={totalActivities} />
              <Stat label={t("unclaimed")} value={overview.unclaimed} />
              <Stat label={t("reported")} value={overview.activities.REPORTED ?? 0} />
            </dl>
            <Link href={`/plan?year=${year}`} className="mt-2 inline-block text-brand-700 underline">
              {t("viewPlan")}
            </Link>
          </>
        ) : (
          <p className="mt-2 text-stone-600">{t("noPlan", { year })}</p>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading" className="text-lg font-semibold">
          {t("upcomingMeetings")}
        </h2>
        {overview.upcomingMeetings.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noMeetings")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {overview.upcomingMeetings.map((meeting) => (
              <li key={meeting.id} className="rounded-lg bg-white p-3 shadow-sm">
                <Link
                  href={`/admin/meetings/${meeting.id}`}
                  className="font-medium text-brand-700 underline underline-offset-2"
                >
                  {meeting.title}
                </Link>
                <p className="text-sm text-stone-600">
                  {format.dateTime(meeting.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                  {meeting.place ? ` · ${meeting.place}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CheckinForm } from "@/components/activities/reports/checkin-form";
import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { requireSecretary } from "@/lib/core/auth/session";
import { getCheckinActivity, hasCheckedIn } from "@/lib/activities/reports/queries";

type Params = Promise<{ activityId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.checkin");
  return { title: t("checkIn") };
}

/** Where the QR code leads: a signed-in secretary checks in with the code from the lead's screen. */
export default async function CheckinPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const raw = (await params).activityId;
  const rawCode = (await searchParams).code;
  const code = typeof rawCode === "string" && /^[A-Za-z0-9]{1,12}$/.test(rawCode) ? rawCode : "";
  const user = await requireSecretary(
    `/checkin/${encodeURIComponent(raw)}${code ? `?code=${encodeURIComponent(code)}` : ""}`,
  );
  const id = parseActivityId(raw);
  const activity = id === null ? null : await getCheckinActivity(id);
  if (!activity || activity.plan.status !== "PUBLISHED") notFound();
  const [t, tp] = await Promise.all([
    getTranslations("activities.checkin"),
    getTranslations("activities.participation"),
  ]);
  const done = await hasCheckedIn(activity.id, user.id);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("checkInFor", { title: activity.title })}</h1>
      {done ? (
        <p role="status" className="rounded bg-green-50 p-4 text-green-900">
          {t("checkedInNote")}
        </p>
      ) : (
        <CheckinForm activityId={activity.id} code={code} />
      )}
      <p>
        <Link href="/my/activities" className="inline-block py-2 text-brand-700 underline underline-offset-2">
          {tp("backToMy")}
        </Link>
      </p>
    </div>
  );
}

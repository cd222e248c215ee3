import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommitmentSummary } from "@/components/commitments/commitment-summary";
import { MyOpenDecisions } from "@/components/decisions/my-open-decisions";
import { MyMeetings } from "@/components/meetings/my-meetings";
import { requireSecretary } from "@/lib/auth/session";
import { getMyUnitWorkspace } from "@/lib/my/queries";
import { unitLogoPath } from "@/lib/units/logo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("my");
  return { title: t("title") };
}

export default async function MyUnitPage() {
  const user = await requireSecretary("/my");
  const workspace = await getMyUnitWorkspace(user.unitId);
  if (!workspace) notFound();
  const { unit, activities } = workspace;
  const [t, te, tc, tu, format] = await Promise.all([
    getTranslations("my"),
    getTranslations("enums"),
    getTranslations("common"),
    getTranslations("units"),
    getFormatter(),
  ]);
  const rows: Array<[string, string]> = [
    [t("category"), te(`UnitCategory.${unit.category}`)],
    [t("orgType"), te(`LeagueOrgType.${unit.orgType}`)],
    [t("district"), te(unit.inDistrict ? "District.IN" : "District.OUT")],
    [t("joinedOn"), format.dateTime(unit.joinedOn, { dateStyle: "long" })],
    [t("status"), te(`UnitStatus.${unit.status}`)],
    [t("address"), unit.address || tc("none")],
    [t("contact"), unit.contactName || tc("none")],
    [t("contactPhone"), unit.contactPhone || tc("none")],
    [t("phonePublic"), unit.contactPhonePublic ? tc("yes") : tc("no")],
  ];
  return (
    <div className="space-y-8">
      <header>
        {unit.logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already small
          <img
            src={unitLogoPath(unit.slug, unit.logo.updatedAt)}
            alt={tu("logoAlt", { name: unit.name })}
            className="mb-2 h-16 w-16 rounded border border-stone-200 bg-white object-contain"
          />
        ) : null}
        <p className="text-sm text-stone-600">{t("welcome", { name: user.name })}</p>
        <h1 className="text-2xl font-bold">{unit.name}</h1>
        <Link href={`/units/${unit.slug}`} className="text-sm text-brand-700 underline">
          {t("publicPage")}
        </Link>
      </header>
      <MyMeetings unitId={unit.id} />
      <MyOpenDecisions unitId={unit.id} />
      <section aria-labelledby="profile-heading" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("profile")}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label} className="flex gap-2">
              <dt className="w-28 shrink-0 text-stone-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {unit.intro ? <p className="mt-3 whitespace-pre-line text-stone-700">{unit.intro}</p> : null}
      </section>
      <section aria-labelledby="activities-heading">
        <h2 id="activities-heading" className="text-lg font-semibold">
          {t("activities")}
        </h2>
        {activities.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noActivities")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {activities.map((activity) => (
              <li key={activity.id} className="rounded-lg bg-white p-3 shadow-sm">
                <p className="text-sm text-stone-600">
                  {t("year", { year: activity.year })} · {tc("month", { month: activity.plannedMonth })}
                  {activity.plan.status === "DRAFT" ? ` · ${t("draft")}` : ""}
                </p>
                {activity.plan.status === "PUBLISHED" ? (
                  <Link href={`/activities/${activity.id}`} className="font-medium text-brand-700 underline">
                    {activity.title}
                  </Link>
                ) : (
                  <span className="font-medium">{activity.title}</span>
                )}
                <p className="text-sm text-stone-600">
                  {te(`ActivityType.${activity.type}`)} · {te(`ActivityStatus.${activity.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CommitmentSummary unitId={unit.id} />
    </div>
  );
}

import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { planHref } from "@/lib/activities/plan/plan-filters";

/** Shown (with status 200) for a year that has no published list: points to years that do. */
export async function NoPublishedPlan({
  year,
  years,
}: {
  year: number;
  years: readonly { year: number; title: string }[];
}) {
  const t = await getTranslations("activities.plan");
  return (
    <section aria-labelledby="no-plan-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="no-plan-heading" className="text-lg font-semibold">
        {t("noPlanTitle", { year })}
      </h2>
      {years.length === 0 ? (
        <p className="mt-2 text-stone-600">{t("noPlanNone")}</p>
      ) : (
        <>
          <p className="mt-2 text-stone-600">{t("noPlanBody")}</p>
          <ul className="mt-3 space-y-2">
            {years.map((plan) => (
              <li key={plan.year}>
                <Link
                  href={planHref({ year: plan.year })}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {plan.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

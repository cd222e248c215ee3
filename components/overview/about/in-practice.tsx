import { getTranslations } from "next-intl/server";
import { AboutSection, MoreLink } from "./section";
import { cardClass } from "@/components/ui/card";

/** How the annual activity list came about, with the report's tree-planting example. */
export async function AnnualList() {
  const t = await getTranslations("overview.about");
  return (
    <AboutSection id="plan" title={t("plan.title")}>
      <p className="leading-relaxed text-stone-700">{t("plan.body")}</p>
      <div className="rounded-lg border-l-4 border-brand-700 bg-white p-4">
        <h3 className="font-semibold">{t("plan.exampleTitle")}</h3>
        <p className="mt-1 leading-relaxed text-stone-700">{t("plan.example")}</p>
      </div>
      <MoreLink href="/plan">{t("plan.planLink")}</MoreLink>
    </AboutSection>
  );
}

/** Units opening their venues to each other, and the map that gathers them. */
export async function SharedVenues() {
  const t = await getTranslations("overview.about");
  return (
    <AboutSection id="venues" title={t("venues.title")}>
      <p className="leading-relaxed text-stone-700">{t("venues.body")}</p>
      <MoreLink href="/venues">{t("venues.mapLink")}</MoreLink>
    </AboutSection>
  );
}

/** The two slogans that say what the committee is for. */
export async function Goals() {
  const t = await getTranslations("overview.about");
  const goals = [
    { title: t("goals.serveTitle"), body: t("goals.serveBody") },
    { title: t("goals.togetherTitle"), body: t("goals.togetherBody") },
  ];
  return (
    <AboutSection id="goals" title={t("goals.title")}>
      <dl className="grid gap-3 sm:grid-cols-2">
        {goals.map((goal) => (
          <div key={goal.title} className={cardClass("outlined")}>
            <dt className="font-semibold text-brand-700">{goal.title}</dt>
            <dd className="mt-1 text-stone-700">{goal.body}</dd>
          </div>
        ))}
      </dl>
    </AboutSection>
  );
}

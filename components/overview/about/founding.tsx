import { getTranslations } from "next-intl/server";
import { UnitCategory } from "@/lib/generated/prisma/enums";
import { AboutSection, MoreLink } from "./section";

/** How the committee began (2023-02-21, 30 founding units) and who does what in it. */
export async function Founding() {
  const [t, te] = await Promise.all([getTranslations("overview.about"), getTranslations("core.enums")]);
  return (
    <AboutSection id="founding" title={t("founding.title")}>
      <dl className="grid max-w-md grid-cols-2 gap-3 text-center">
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t("founding.foundedLabel")}</dt>
          <dd className="mt-1 font-bold text-brand-700 sm:text-lg">
            <time dateTime="2023-02-21">{t("founding.foundedValue")}</time>
          </dd>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t("founding.unitsLabel")}</dt>
          <dd className="mt-1 font-bold text-brand-700 sm:text-lg">{t("founding.unitsValue")}</dd>
        </div>
      </dl>
      <p className="leading-relaxed text-stone-700">{t("founding.body")}</p>
      <ul className="flex flex-wrap gap-2">
        {Object.values(UnitCategory).map((category) => (
          <li key={category} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
            {te(`UnitCategory.${category}`)}
          </li>
        ))}
      </ul>
      <p className="leading-relaxed text-stone-700">{t("founding.roles")}</p>
      <MoreLink href="/units">{t("founding.directoryLink")}</MoreLink>
    </AboutSection>
  );
}

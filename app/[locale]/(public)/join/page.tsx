import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { LeagueOrgType, UnitCategory } from "@/lib/generated/prisma/enums";
import { JoinForm } from "@/components/units/admission/join-form";
import { Card } from "@/components/ui/card";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admission.apply");
  return { title: t("title") };
}

/** Apply to join (成员准入): open to everybody, no account needed. */
export default async function JoinPage() {
  const [t, te] = await Promise.all([
    getTranslations("units.admission.apply"),
    getTranslations("core.enums"),
  ]);
  const categories = Object.values(UnitCategory).map((value) => ({
    value,
    label: te(`UnitCategory.${value}`),
  }));
  const orgTypes = Object.values(LeagueOrgType).map((value) => ({
    value,
    label: te(`LeagueOrgType.${value}`),
  }));
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <p className="text-sm text-stone-700">
          {t("statusLinkIntro")}{" "}
          <Link href="/join/status" className="font-medium text-brand-700 underline underline-offset-2">
            {t("checkStatus")}
          </Link>
        </p>
      </header>
      <Card aria-labelledby="form-heading" className="sm:p-6">
        <h2 id="form-heading" className="mb-4 text-lg font-semibold">
          {t("formTitle")}
        </h2>
        <JoinForm categories={categories} orgTypes={orgTypes} />
      </Card>
    </div>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import type { getMyUnitProfile } from "@/lib/units/self-service/queries";
import { Card } from "@/components/ui/card";

type Unit = NonNullable<Awaited<ReturnType<typeof getMyUnitProfile>>>;

/** On /my/unit: what the committee registered about the unit, which its secretary cannot edit. */
export async function UnitRegistration({ unit }: { unit: Unit }) {
  const [t, te, format] = await Promise.all([
    getTranslations("units.selfService.home"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);
  return (
    <Card aria-labelledby="registration-heading" className="space-y-3">
      <h2 id="registration-heading" className="text-lg font-semibold">
        {t("registration")}
      </h2>
      <p className="text-sm text-stone-700">{t("registrationIntro")}</p>
      <DetailList>
        <DetailRow label={t("category")}>{te(`UnitCategory.${unit.category}`)}</DetailRow>
        <DetailRow label={t("orgType")}>{te(`LeagueOrgType.${unit.orgType}`)}</DetailRow>
        <DetailRow label={t("district")}>{te(unit.inDistrict ? "District.IN" : "District.OUT")}</DetailRow>
        <DetailRow label={t("joinedOn")}>
          {format.dateTime(unit.joinedOn, { dateStyle: "long", timeZone: "UTC" })}
        </DetailRow>
        <DetailRow label={t("status")}>{te(`UnitStatus.${unit.status}`)}</DetailRow>
      </DetailList>
    </Card>
  );
}

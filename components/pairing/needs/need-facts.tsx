import { getTranslations } from "next-intl/server";
import { DetailRow } from "@/components/ui/detail-list";
import type { NeedCard } from "@/lib/pairing/needs/queries";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** When, as the need gives it: a range, an open end, or "to be agreed". */
export async function needWhen(need: Pick<NeedCard, "startsOn" | "endsOn">): Promise<string> {
  const t = await getTranslations("pairing.needs.facts");
  if (need.startsOn && need.endsOn) return t("range", { start: day(need.startsOn), end: day(need.endsOn) });
  if (need.startsOn) return t("from", { start: day(need.startsOn) });
  if (need.endsOn) return t("until", { end: day(need.endsOn) });
  return t("anyTime");
}

/** The facts a need is judged by (rows of a DetailList): place, time, people, skills, size. */
export async function NeedFacts({ need }: { need: NeedCard }) {
  const t = await getTranslations("pairing.needs.facts");
  const community = need.subdistrictName
    ? `${need.subdistrictName} · ${need.communityName}`
    : need.communityName;
  return (
    <>
      <DetailRow label={t("community")}>{community}</DetailRow>
      {need.address ? <DetailRow label={t("where")}>{need.address}</DetailRow> : null}
      <DetailRow label={t("when")}>{await needWhen(need)}</DetailRow>
      <DetailRow label={t("volunteers")}>
        {need.volunteersWanted === null
          ? t("volunteersOffered", { offered: need.volunteersOffered })
          : t("volunteersWanted", { wanted: need.volunteersWanted, offered: need.volunteersOffered })}
      </DetailRow>
      {need.size ? <DetailRow label={t("size")}>{t("sizeValue", need.size)}</DetailRow> : null}
      {need.skills.length > 0 ? (
        <DetailRow label={t("skills")}>
          <ul className="flex flex-wrap gap-1.5">
            {need.skills.map((skill) => (
              <li key={skill} className="badge badge-neutral">
                {skill}
              </li>
            ))}
          </ul>
        </DetailRow>
      ) : null}
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { Commitment } from "@/lib/generated/prisma/enums";
import { AboutSection, MoreLink } from "./section";
import { cardClass } from "@/components/ui/card";

const card = cardClass("outlined");
const number = "text-3xl font-bold leading-none text-brand-700";

/** The "12345" working method: its first three parts here, the 4 and the 5 in their own sections. */
export async function MethodOverview() {
  const t = await getTranslations("overview.about");
  const parts = [
    { step: 1, title: t("method.oneTitle"), body: [t("method.oneBody")] },
    { step: 2, title: t("method.twoTitle"), body: [t("method.twoBody")] },
    {
      step: 3,
      title: t("method.threeTitle"),
      body: [t("method.threeOnline"), t("method.threeTheme"), t("method.threeChain")],
    },
  ];
  return (
    <AboutSection id="method" title={t("method.title")}>
      <p className="text-stone-700">{t("method.intro")}</p>
      <ol className="grid gap-3 lg:grid-cols-3">
        {parts.map(({ step, title, body }) => (
          <li key={step} className={`${card} flex gap-3`}>
            <span aria-hidden="true" className={number}>
              {step}
            </span>
            <div className="min-w-0">
              <h3 className="font-semibold">{title}</h3>
              {body.length === 1 ? (
                <p className="mt-1 text-stone-700">{body[0]}</p>
              ) : (
                <ul className="mt-1 list-disc space-y-1 pl-5 text-stone-700">
                  {body.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p className="text-stone-700">{t("method.fourFiveNote")}</p>
    </AboutSection>
  );
}

/** The four mechanisms, each with the portal page where it happens (pairing is still to come). */
export async function Mechanisms() {
  const t = await getTranslations("overview.about");
  const mechanisms = [
    {
      key: "admission",
      title: t("mechanisms.admissionTitle"),
      body: t("mechanisms.admissionBody"),
      link: { href: "/join", label: t("mechanisms.admissionLink") },
    },
    {
      key: "meetings",
      title: t("mechanisms.meetingsTitle"),
      body: t("mechanisms.meetingsBody"),
      link: { href: "/meetings", label: t("mechanisms.meetingsLink") },
    },
    {
      key: "rotation",
      title: t("mechanisms.rotationTitle"),
      body: t("mechanisms.rotationBody"),
      link: { href: "/rotation", label: t("mechanisms.rotationLink") },
    },
    {
      key: "pairing",
      title: t("mechanisms.pairingTitle"),
      body: t("mechanisms.pairingBody"),
      note: t("mechanisms.pairingSoon"),
    },
  ];
  return (
    <AboutSection id="mechanisms" title={t("mechanisms.title")}>
      <p className="text-stone-700">{t("mechanisms.intro")}</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {mechanisms.map((mechanism) => (
          <li key={mechanism.key} className={card}>
            <h3 className="font-semibold">{mechanism.title}</h3>
            <p className="mt-1 text-stone-700">{mechanism.body}</p>
            {mechanism.link ? (
              <MoreLink href={mechanism.link.href}>{mechanism.link.label}</MoreLink>
            ) : (
              <p className="mt-2 text-sm text-stone-600">{mechanism.note}</p>
            )}
          </li>
        ))}
      </ul>
    </AboutSection>
  );
}

/** The five commitments every member unit makes each year (their names are the enum's labels). */
export async function Commitments() {
  const [t, te] = await Promise.all([getTranslations("overview.about"), getTranslations("core.enums")]);
  const details: Record<Commitment, string> = {
    STUDY_EXCHANGE: t("commitments.studyExchange"),
    YOUTH_PROJECT: t("commitments.youthProject"),
    LIVELIHOOD: t("commitments.livelihood"),
    CULTURE_SPORTS: t("commitments.cultureSports"),
    BACKBONE_TEAM: t("commitments.backboneTeam"),
  };
  return (
    <AboutSection id="commitments" title={t("commitments.title")}>
      <p className="text-stone-700">{t("commitments.intro")}</p>
      <ol className="space-y-3">
        {Object.values(Commitment).map((commitment, index) => (
          <li key={commitment} className={`${card} flex gap-3`}>
            <span aria-hidden="true" className={number}>
              {index + 1}
            </span>
            <div className="min-w-0">
              <h3 className="font-semibold">{te(`Commitment.${commitment}`)}</h3>
              <p className="mt-1 text-stone-700">{details[commitment]}</p>
            </div>
          </li>
        ))}
      </ol>
    </AboutSection>
  );
}

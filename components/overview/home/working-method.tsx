import { getTranslations } from "next-intl/server";
import { Commitment } from "@/lib/generated/prisma/enums";
import { Card } from "@/components/ui/card";

const STEPS = [1, 2, 3, 4] as const;

/** The "12345" working method in five compact numbered blocks. */
export async function WorkingMethod() {
  const t = await getTranslations("overview.home");
  const te = await getTranslations("core.enums");
  return (
    <section aria-labelledby="method-heading" className="space-y-3">
      <h2 id="method-heading" className="text-xl font-bold">
        {t("methodTitle")}
      </h2>
      <p className="text-stone-700">{t("methodIntro")}</p>
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {STEPS.map((step) => (
          <Card as="li" variant="outlined" key={step} className="flex gap-3 lg:flex-col">
            <span aria-hidden="true" className="text-3xl font-bold leading-none text-brand-700">
              {step}
            </span>
            <div>
              <h3 className="font-semibold">{t(`method${step}Title`)}</h3>
              <p className="mt-1 text-sm text-stone-700">{t(`method${step}Body`)}</p>
            </div>
          </Card>
        ))}
        <Card as="li" variant="outlined" className="flex gap-3 sm:col-span-2 lg:col-span-1 lg:flex-col">
          <span aria-hidden="true" className="text-3xl font-bold leading-none text-brand-700">
            5
          </span>
          <div>
            <h3 className="font-semibold">{t("method5Title")}</h3>
            <p className="mt-1 text-sm text-stone-700">{t("method5Body")}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-stone-700">
              {Object.values(Commitment).map((commitment) => (
                <li key={commitment}>{te(`Commitment.${commitment}`)}</li>
              ))}
            </ul>
          </div>
        </Card>
      </ol>
    </section>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { Link } from "@/lib/core/i18n/navigation";
import { getAdminPairing } from "@/lib/pairing/pairings/admin-queries";
import { parsePairingId } from "@/lib/pairing/pairings/params";
import { isPublic, needsReason, transitionsFrom, unitsChangeable } from "@/lib/pairing/pairings/transitions";
import {
  AddUnitForm,
  RemoveUnitForm,
  TransitionForm,
} from "@/components/pairing/pairings/pairing-admin-forms";
import { PairingHistory } from "@/components/pairing/pairings/pairing-history";
import { PairingStatusBadge } from "@/components/pairing/pairings/pairing-status-badge";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { DetailList, DetailRow } from "@/components/ui/detail-list";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.pairings");
  return { title: t("adminTitle") };
}

/** One pairing for the admin: its details, the steps it may take now, its units and history. */
export default async function AdminPairingPage({ params }: { params: Params }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/pairings/${raw}`);
  const id = parsePairingId(raw);
  const pairing = id === null ? null : await getAdminPairing(id);
  if (!pairing) notFound();
  const [t, format] = await Promise.all([getTranslations("pairing.pairings"), getFormatter()]);
  const steps = transitionsFrom(pairing.status);
  const changeable = unitsChangeable(pairing.status);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/admin/pairings" label={t("backToAdmin")} />
      <header className="space-y-2">
        <p className="text-sm text-stone-600">{pairing.community.subdistrict?.name}</p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold break-words">{pairing.community.name}</h1>
          <PairingStatusBadge status={pairing.status} />
        </div>
        {isPublic(pairing.status) ? (
          <Link
            href={`/pairings/${pairing.id}`}
            className="text-sm text-brand-700 underline underline-offset-2"
          >
            {t("publicPage")}
          </Link>
        ) : null}
      </header>
      <Card variant="outlined">
        <DetailList>
          <DetailRow label={t("startsOn")}>
            {format.dateTime(pairing.startsOn, { timeZone: "UTC", dateStyle: "long" })}
          </DetailRow>
          <DetailRow label={t("focusTitle")}>
            {pairing.focusAreas.map((area) => t(`focus.${area}`)).join(t("unitSeparator"))}
          </DetailRow>
          {pairing.proposedBy ? (
            <DetailRow label={t("proposedBy")}>
              {pairing.proposedBy.name}
              {pairing.proposedBy.unit ? ` · ${pairing.proposedBy.unit.name}` : ""}
            </DetailRow>
          ) : null}
          {pairing.note ? (
            <DetailRow label={t("form.note")}>
              <p className="whitespace-pre-line break-words">{pairing.note}</p>
            </DetailRow>
          ) : null}
          {pairing.reason ? (
            <DetailRow label={t("reasonTitle")}>
              <p className="whitespace-pre-line break-words">{pairing.reason}</p>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>

      {steps.length > 0 ? (
        <section aria-labelledby="steps-heading" className="space-y-3">
          <h2 id="steps-heading" className="text-lg font-semibold">
            {t("stepsTitle")}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            {steps.map((step) => (
              <TransitionForm
                key={step}
                pairing={pairing}
                transition={step}
                reason={needsReason(step) ? "required" : step === "resume" ? "optional" : undefined}
              />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-lg font-semibold">
          {t("unitsTitle", { count: pairing.units.length })}
        </h2>
        <ul className="space-y-2">
          {pairing.units.map(({ unit }) => (
            <Card as="li" key={unit.id} variant="outlined" className="space-y-2">
              <p className="font-medium break-words">{unit.name}</p>
              {changeable && pairing.units.length > 1 ? (
                <details>
                  <summary className="inline-flex min-h-6 cursor-pointer items-center text-sm text-brand-700">
                    {t("form.removeUnitNamed", { name: unit.shortName })}
                  </summary>
                  <RemoveUnitForm pairing={pairing} unit={unit} />
                </details>
              ) : null}
            </Card>
          ))}
        </ul>
        {changeable && pairing.addable.length > 0 ? (
          <Card variant="outlined">
            <AddUnitForm pairing={pairing} units={pairing.addable} />
          </Card>
        ) : null}
      </section>

      <PairingHistory events={pairing.events} headingId="history-heading" />
    </div>
  );
}

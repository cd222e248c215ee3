"use client";

import { useTranslations } from "next-intl";
import { acceptOffer, declineOffer } from "@/lib/pairing/needs/actions";
import { ActionForm } from "@/components/core/forms/action-form";

/**
 * The admin's two answers to a waiting offer. Each is its own form: of two admins answering at
 * once, the second is told the offer was already decided (a conditional update decides).
 */
export function OfferDecision({ offerId, unitName }: { offerId: number; unitName: string }) {
  const t = useTranslations("pairing.needs.admin");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <ActionForm
        action={acceptOffer}
        hidden={{ offerId }}
        submitLabel={t("accept")}
        aria-label={`${t("accept")} · ${unitName}`}
      />
      <ActionForm
        action={declineOffer}
        hidden={{ offerId }}
        submitLabel={t("decline")}
        variant="secondary"
        note={{ name: "reason", label: t("declineReason"), maxLength: 500 }}
        aria-label={`${t("decline")} · ${unitName}`}
      />
    </div>
  );
}

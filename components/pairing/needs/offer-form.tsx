"use client";

import { useTranslations } from "next-intl";
import { offerHelp, withdrawOffer } from "@/lib/pairing/needs/offer-actions";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";
import { cardClass } from "@/components/ui/card";

/** A secretary offers their unit's help: how many people, when, a note. */
export function OfferForm({ needId }: { needId: number }) {
  const t = useTranslations("pairing.needs.offer");
  return (
    <section className={cardClass("raised", "space-y-3")} aria-labelledby="offer-heading">
      <h2 id="offer-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <ActionForm action={offerHelp} hidden={{ needId }} submitLabel={t("submit")} className="space-y-3">
        {(state) => (
          <>
            <Field
              name="headcount"
              label={t("headcount")}
              type="number"
              inputMode="numeric"
              state={state}
              required
            />
            <Field
              name="availability"
              label={t("availability")}
              hint={t("availabilityHint")}
              state={state}
              maxLength={120}
            />
            <Field name="note" label={t("note")} as="textarea" rows={3} state={state} maxLength={500} />
          </>
        )}
      </ActionForm>
    </section>
  );
}

/** Takes back the unit's waiting offer. */
export function WithdrawOfferForm({ offerId }: { offerId: number }) {
  const t = useTranslations("pairing.needs.offer");
  return (
    <ActionForm action={withdrawOffer} hidden={{ offerId }} submitLabel={t("withdraw")} variant="secondary" />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { attachNeed, cancelNeed, closeNeed, convertNeed } from "@/lib/pairing/needs/actions";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";
import { cardClass } from "@/components/ui/card";

type Option = { value: string; label: string };

type Props = {
  needId: number;
  version: number;
  /** Matching is offered for an open need only (a matched one has its activity). */
  open: boolean;
  prefill: { title: string; description: string; year: string; month: string };
  options: {
    years: Option[];
    months: Option[];
    types: Option[];
    commitments: Option[];
    activities: Option[];
  };
};

const section = cardClass("raised", "space-y-3");

/** What the admin does with a need: make it an activity (new or existing), close or cancel it. */
export function NeedDecisions({ needId, version, open, prefill, options }: Props) {
  const t = useTranslations("pairing.needs.admin");
  const hidden = { needId, version };
  return (
    <div className="space-y-5">
      {open && options.years.length > 0 ? (
        <section className={section} aria-labelledby="convert-heading">
          <h2 id="convert-heading" className="text-lg font-semibold">
            {t("convertHeading")}
          </h2>
          <p className="text-sm text-stone-600">{t("convertHint")}</p>
          <ActionForm action={convertNeed} hidden={hidden} submitLabel={t("convert")} className="space-y-3">
            {(state) => (
              <>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field
                    name="year"
                    label={t("year")}
                    as="select"
                    options={options.years}
                    state={state}
                    defaultValue={prefill.year}
                  />
                  <Field
                    name="plannedMonth"
                    label={t("month")}
                    as="select"
                    options={options.months}
                    state={state}
                    defaultValue={prefill.month}
                  />
                  <Field
                    name="type"
                    label={t("type")}
                    as="select"
                    options={options.types}
                    state={state}
                    defaultValue="VOLUNTEER_SERVICE"
                  />
                  <Field
                    name="commitment"
                    label={t("commitment")}
                    as="select"
                    options={options.commitments}
                    state={state}
                    defaultValue="LIVELIHOOD"
                  />
                </div>
                <Field
                  name="title"
                  label={t("activityTitle")}
                  state={state}
                  defaultValue={prefill.title}
                  maxLength={120}
                  required
                />
                <Field
                  name="description"
                  label={t("activityDescription")}
                  as="textarea"
                  rows={3}
                  state={state}
                  defaultValue={prefill.description}
                  maxLength={2000}
                />
              </>
            )}
          </ActionForm>
        </section>
      ) : null}
      {open && options.years.length === 0 ? <p className="text-stone-700">{t("noYears")}</p> : null}
      {open && options.activities.length > 0 ? (
        <section className={section} aria-labelledby="attach-heading">
          <h2 id="attach-heading" className="text-lg font-semibold">
            {t("attachHeading")}
          </h2>
          <ActionForm action={attachNeed} hidden={hidden} submitLabel={t("attach")} variant="secondary">
            {(state) => (
              <Field
                name="activityId"
                label={t("attachActivity")}
                as="select"
                options={options.activities}
                state={state}
              />
            )}
          </ActionForm>
        </section>
      ) : null}
      <section className={section} aria-labelledby="close-heading">
        <h2 id="close-heading" className="text-lg font-semibold">
          {t("closeHeading")}
        </h2>
        <ActionForm
          action={closeNeed}
          hidden={hidden}
          submitLabel={t("close")}
          note={{ name: "outcome", label: t("outcome"), maxLength: 1000 }}
        />
      </section>
      <section className={section} aria-labelledby="cancel-heading">
        <h2 id="cancel-heading" className="text-lg font-semibold">
          {t("cancelHeading")}
        </h2>
        <ActionForm
          action={cancelNeed}
          hidden={hidden}
          submitLabel={t("cancel")}
          variant="secondary"
          note={{ name: "reason", label: t("cancelReason"), maxLength: 500 }}
        />
      </section>
    </div>
  );
}

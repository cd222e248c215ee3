"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { bookAndOpen } from "@/lib/venues/bookings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import {
  fillFromSuggestion,
  parseConflicts,
  parseSuggestions,
  type SuggestionFill,
} from "@/lib/venues/bookings/booking-ui";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { SlotInput } from "./slot-input";

type Props = {
  venueId: number;
  quantity: number;
  capacity: number | null;
  /** The date, times and court to start from: a slot picked in the day view, or the day shown. */
  picked: SuggestionFill;
};

/**
 * The booking form. Date, times and court follow `slot` (as default values, because React
 * resets a form after its action and would otherwise clear a controlled select), and re-mount
 * when a slot picked in the day view or a suggested free slot fills them in; purpose and
 * headcount stay as typed. The one-time request key survives retries, so a double submit
 * creates one booking; a success leaves the page for the booking (see bookAndOpen).
 */
export function BookingForm({ venueId, quantity, capacity, picked }: Props) {
  const t = useTranslations("venues.bookings.ui");
  const [requestKey] = useState(() => crypto.randomUUID());
  const [slot, setSlot] = useState<SuggestionFill>(picked);
  // Bumped when a suggestion or a newly picked slot fills the slot: the controls re-mount showing it.
  const [filled, setFilled] = useState(0);
  const pickedKey = JSON.stringify(picked);
  const [shownPick, setShownPick] = useState(pickedKey);
  if (pickedKey !== shownPick) {
    // A slot tapped in the day view arrives as new props (the page's query changed).
    setShownPick(pickedKey);
    setSlot(picked);
    setFilled((count) => count + 1);
  }
  const [state, action] = useActionState(bookAndOpen, initialFormState);
  const suggestions = parseSuggestions(state.data?.suggestions);
  const conflicts = parseConflicts(state.data?.conflicts);
  const set =
    (name: keyof SuggestionFill) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setSlot((current) => ({ ...current, [name]: event.target.value }));
  const courts = [
    { value: "any", label: t("anyCourt") },
    ...Array.from({ length: quantity }, (_, index) => ({
      value: String(index + 1),
      label: t("courtNumber", { court: index + 1 }),
    })),
  ];
  return (
    <form id="booking-form" action={action} className="scroll-mt-4 space-y-4" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      {quantity > 1 ? null : <input type="hidden" name="court" value="1" />}
      <SlotInput
        key={`date-${filled}`}
        name="date"
        type="date"
        label={t("date")}
        value={slot.date}
        onChange={set("date")}
        state={state}
      />
      <div className="grid grid-cols-2 gap-3">
        <SlotInput
          key={`startTime-${filled}`}
          name="startTime"
          type="time"
          label={t("startTime")}
          value={slot.startTime}
          onChange={set("startTime")}
          state={state}
        />
        <SlotInput
          key={`endTime-${filled}`}
          name="endTime"
          type="time"
          label={t("endTime")}
          value={slot.endTime}
          onChange={set("endTime")}
          state={state}
        />
      </div>
      {quantity > 1 ? (
        <SlotInput
          key={`court-${filled}`}
          name="court"
          label={t("court")}
          value={slot.court}
          onChange={set("court")}
          state={state}
          options={courts}
        />
      ) : null}
      {suggestions.length > 0 ? (
        <section
          aria-labelledby="booking-suggestions"
          className="rounded border border-amber-300 bg-amber-50 p-3"
        >
          <h2 id="booking-suggestions" className="text-sm font-medium">
            {t("suggestionsHeading")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map((suggestion) => {
              const fill = fillFromSuggestion(suggestion);
              return (
                <li key={`${suggestion.start}-${suggestion.court}`}>
                  <button
                    type="button"
                    onClick={() => {
                      setSlot(fill);
                      setFilled((count) => count + 1);
                    }}
                    className="min-h-11 rounded border border-brand-700 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-stone-50"
                  >
                    {t(quantity > 1 ? "suggestion" : "suggestionTime", {
                      date: fill.date,
                      start: fill.startTime,
                      end: fill.endTime,
                      court: suggestion.court,
                    })}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {conflicts.length > 0 ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{t("conflictsHeading")}</p>
          <ul className="mt-1 list-inside list-disc">
            {conflicts.map((date) => (
              <li key={date}>{date}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field name="purpose" label={t("purpose")} state={state} required maxLength={200} />
      <Field
        name="headcount"
        type="number"
        inputMode="numeric"
        label={t("headcount")}
        state={state}
        required
        hint={capacity ? t("policyCapacity", { count: capacity }) : undefined}
      />
      <Field
        name="weeks"
        type="number"
        inputMode="numeric"
        label={t("weeks")}
        hint={t("weeksHint")}
        state={state}
        defaultValue="1"
      />
      <CheckboxField name="skipConflicts" label={t("skipConflicts")} state={state} />
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}

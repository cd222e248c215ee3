import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { DaySlot, DayView, SlotState } from "@/lib/venues/bookings/day-slots";
import { neighbourDays } from "@/lib/venues/bookings/day-slots";
import { isoWeekday } from "@/lib/core/time/beijing";
import type { SuggestionFill } from "@/lib/venues/bookings/booking-ui";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

const stateStyle: Record<SlotState, string> = {
  free: "",
  busy: "bg-rose-50 text-rose-900 ring-1 ring-rose-200",
  buffer: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
  past: "bg-stone-100 text-stone-600",
  tooSoon: "bg-stone-100 text-stone-600",
  tooFar: "bg-stone-100 text-stone-600",
  closed: "bg-stone-100 text-stone-600",
};
const freeStyle =
  "flex min-h-11 items-center justify-between gap-2 rounded border border-brand-700 bg-white px-3 py-2 text-brand-700 hover:bg-stone-50 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white";
const takenStyle = "flex min-h-11 items-center justify-between gap-2 rounded px-3 py-2";

/** Every court alike and none free (closed hours, the past): one greyed row, not a chip each. */
const sameForAll = (slot: DaySlot) =>
  slot.courts.every((court) => court.state !== "free" && court.state === slot.courts[0]!.state);

type Props = {
  venueId: number;
  quantity: number;
  maxAdvanceDays: number;
  view: DayView;
  closedReason: string | null;
  picked: SuggestionFill;
};

/**
 * The day's free and busy times on the booking page. A free slot is a link that sets the form's
 * date, times and court through the page's query (so it works before or without JavaScript);
 * taken, past and closed slots are greyed text saying why. Days move by links or a date field.
 */
export async function DayViewSection({
  venueId,
  quantity,
  maxAdvanceDays,
  view,
  closedReason,
  picked,
}: Props) {
  const t = await getTranslations("venues.bookings.day");
  const tu = await getTranslations("venues.bookings.ui");
  const base = `/venues/${venueId}/book`;
  const { previous, next } = neighbourDays(view.date);
  const hrefFor = (slot: DaySlot, court: number) => {
    const query = new URLSearchParams({ date: view.date, start: slot.start, end: slot.end });
    if (quantity > 1) query.set("court", String(court));
    return `${base}?${query}#booking-form`;
  };
  const isPicked = (slot: DaySlot, court: number) =>
    picked.date === view.date &&
    picked.startTime === slot.start &&
    picked.endTime === slot.end &&
    (quantity === 1 || picked.court === String(court));
  const day = `${tu("weekday", { day: String(isoWeekday(view.date)) })} ${view.date}`;
  const note =
    view.state === "closed"
      ? closedReason
        ? t("closedReason", { reason: closedReason })
        : t("closed")
      : view.state === "past"
        ? t("past")
        : view.state === "tooFar"
          ? t("tooFar", { days: maxAdvanceDays })
          : null;

  const cell = (slot: DaySlot, court: number, state: SlotState) => {
    const label = quantity > 1 ? tu("courtNumber", { court }) : `${slot.start}–${slot.end}`;
    const hidden = quantity > 1 ? <span className="sr-only">{`${slot.start}–${slot.end} `}</span> : null;
    return state === "free" ? (
      <Link
        href={hrefFor(slot, court)}
        className={freeStyle}
        aria-current={isPicked(slot, court) || undefined}
      >
        <span>
          {hidden}
          {label}
        </span>
        <span className="text-sm">{isPicked(slot, court) ? t("picked") : t("states.free")}</span>
      </Link>
    ) : (
      <p className={`${takenStyle} ${stateStyle[state]}`}>
        <span>
          {hidden}
          {label}
        </span>
        <span className="text-sm">{t(`states.${state}`)}</span>
      </p>
    );
  };

  return (
    <section
      aria-labelledby="day-view-heading"
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
    >
      <h2 id="day-view-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <nav aria-label={t("navLabel")} className="flex flex-wrap items-end gap-2">
        <ButtonLink href={`${base}?date=${previous}`} variant="secondary" className="text-sm">
          {t("previous")}
        </ButtonLink>
        <form method="get" action={base} className="flex items-end gap-2">
          <label className="text-sm font-medium">
            {t("pickDate")}
            <input
              type="date"
              name="date"
              defaultValue={view.date}
              className="mt-1 block rounded border border-stone-400 bg-white px-2 py-2 text-base"
            />
          </label>
          <Button type="submit" variant="secondary" className="text-sm">
            {t("show")}
          </Button>
        </form>
        <ButtonLink href={`${base}?date=${next}`} variant="secondary" className="text-sm">
          {t("next")}
        </ButtonLink>
      </nav>
      <h3 className="font-medium">{day}</h3>
      {note ? <p className="rounded bg-stone-100 p-3 text-sm text-stone-700">{note}</p> : null}
      {view.slots.length > 0 ? (
        <ol
          aria-label={t("slotsLabel", { date: day })}
          className={quantity > 1 ? "space-y-2" : "grid gap-2 sm:grid-cols-2"}
          data-testid="day-slots"
        >
          {view.slots.map((slot) =>
            quantity > 1 && !sameForAll(slot) ? (
              <li key={slot.start} className="space-y-1">
                <p className="text-sm font-medium">
                  {slot.start}–{slot.end}
                </p>
                <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
                  {slot.courts.map(({ court, state }) => (
                    <li key={court}>{cell(slot, court, state)}</li>
                  ))}
                </ul>
              </li>
            ) : quantity > 1 ? (
              <li key={slot.start}>
                <p className={`${takenStyle} ${stateStyle[slot.courts[0]!.state]}`}>
                  <span>
                    {slot.start}–{slot.end}
                  </span>
                  <span className="text-sm">{t(`states.${slot.courts[0]!.state}`)}</span>
                </p>
              </li>
            ) : (
              <li key={slot.start}>{cell(slot, 1, slot.courts[0]!.state)}</li>
            ),
          )}
        </ol>
      ) : null}
    </section>
  );
}

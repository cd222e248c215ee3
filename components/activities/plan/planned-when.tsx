import { getFormatter, getTranslations } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type Translator = Awaited<ReturnType<typeof getTranslations<"core.common">>>;

export type PlannedWhenInput = { year: number; month: number; date: Date | null; withYear?: boolean };

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * When an activity is planned, as `<time>`'s value and text: its date when fixed, otherwise its
 * month. `@db.Date` values are midnight UTC, so they are formatted in UTC to keep the calendar day
 * unchanged. Shared by <PlannedWhen> and the compact list rows (activity-cards.tsx).
 */
export function plannedWhenText(
  format: Formatter,
  t: Translator,
  { year, month, date, withYear = false }: PlannedWhenInput,
): { dateTime: string; text: string } {
  if (date) {
    return {
      dateTime: isoDate(date),
      text: format.dateTime(date, {
        timeZone: "UTC",
        month: "long",
        day: "numeric",
        ...(withYear ? { year: "numeric" } : {}),
      }),
    };
  }
  const dateTime = `${year}-${String(month).padStart(2, "0")}`;
  if (withYear) {
    const first = new Date(Date.UTC(year, month - 1, 1));
    return { dateTime, text: format.dateTime(first, { timeZone: "UTC", year: "numeric", month: "long" }) };
  }
  return { dateTime, text: t("month", { month }) };
}

export async function PlannedWhen(props: PlannedWhenInput) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("core.common")]);
  const { dateTime, text } = plannedWhenText(format, t, props);
  return <time dateTime={dateTime}>{text}</time>;
}

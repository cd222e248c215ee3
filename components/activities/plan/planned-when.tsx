import { getFormatter, getTranslations } from "next-intl/server";

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * When an activity is planned: its date when fixed, otherwise its month. `@db.Date` values are
 * midnight UTC, so they are formatted in UTC to keep the calendar day unchanged.
 */
export async function PlannedWhen({
  year,
  month,
  date,
  withYear = false,
}: {
  year: number;
  month: number;
  date: Date | null;
  withYear?: boolean;
}) {
  const format = await getFormatter();
  if (date) {
    return (
      <time dateTime={isoDate(date)}>
        {format.dateTime(date, {
          timeZone: "UTC",
          month: "long",
          day: "numeric",
          ...(withYear ? { year: "numeric" } : {}),
        })}
      </time>
    );
  }
  const monthValue = `${year}-${String(month).padStart(2, "0")}`;
  if (withYear) {
    return (
      <time dateTime={monthValue}>
        {format.dateTime(new Date(Date.UTC(year, month - 1, 1)), {
          timeZone: "UTC",
          year: "numeric",
          month: "long",
        })}
      </time>
    );
  }
  const t = await getTranslations("core.common");
  return <time dateTime={monthValue}>{t("month", { month })}</time>;
}

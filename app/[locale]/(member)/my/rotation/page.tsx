import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { getUnitRotationInputs, listOpenRotationYears } from "@/lib/rotation/preferences/queries";
import { deadlinePassed, formatDate } from "@/lib/rotation/preferences/check-preferences";
import { getPublishedSchedule, listUnitSwaps } from "@/lib/rotation/swaps/queries";
import { monthHasStarted } from "@/lib/rotation/swaps/check-swap";
import { formatBeijingDateTime, beijingYearMonth } from "@/lib/core/time/beijing";
import { DutyMonths } from "@/components/rotation/preferences/duty-months";
import { PreferencesForm } from "@/components/rotation/preferences/preferences-form";
import { SwapList } from "@/components/rotation/swaps/swap-list";
import { SwapRequestForm } from "@/components/rotation/swaps/swap-request-form";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rotation.unit");
  return { title: t("title") };
}

/** `?year=` when it names an existing rotation year, else this year or next. */
async function chooseYear(param: string | string[] | undefined, years: number[], unitId: number) {
  const raw = Array.isArray(param) ? param[0] : param;
  if (raw && /^\d{4}$/.test(raw)) {
    const inputs = await getUnitRotationInputs(Number(raw), unitId);
    if (inputs) return inputs;
  }
  return years.length > 0 ? getUnitRotationInputs(years[0]!, unitId) : null;
}

async function MyRotationPageContent({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSecretary("/my/rotation");
  const now = new Date();
  const years = await listOpenRotationYears(beijingYearMonth(now).year);
  const [t, inputs] = await Promise.all([
    getTranslations("rotation.unit"),
    chooseYear((await searchParams).year, years, user.unitId),
  ]);
  if (!inputs) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("noYears")}</p>
      </div>
    );
  }
  const { rotation, setting } = inputs;
  const year = rotation.year;
  const [schedule, swaps] = await Promise.all([getPublishedSchedule(year), listUnitSwaps(user.unitId, year)]);
  const closed = deadlinePassed(rotation.preferenceDeadline, now);
  const deadline = rotation.preferenceDeadline ? formatDate(rotation.preferenceDeadline) : null;
  const myMonths = (schedule?.assignments ?? [])
    .filter((duty) => duty.unit.id === user.unitId && !monthHasStarted(year, duty.month, now))
    .map((duty) => duty.month);
  const targets = (schedule?.assignments ?? [])
    .filter(
      (duty) =>
        duty.unit.id !== user.unitId &&
        duty.unit.status === "ACTIVE" &&
        !monthHasStarted(year, duty.month, now),
    )
    .map((duty) => ({
      value: `${duty.unit.id}:${duty.month}`,
      label: t("targetOption", { month: t("month", { month: duty.month }), unit: duty.unit.name }),
    }));
  const listMonths = (months: number[] | undefined) =>
    months?.length ? months.map((month) => t("month", { month })).join("、") : t("noneChosen");
  const link = "rounded border border-stone-300 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-stone-50";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("yearHeading", { year })}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        {years.length > 1 ? (
          <nav aria-label={t("yearNav")} className="flex flex-wrap gap-2">
            {years.map((other) => (
              <Link
                key={other}
                href={`/my/rotation?year=${other}`}
                className={link}
                aria-current={other === year ? "page" : undefined}
              >
                {other}
              </Link>
            ))}
          </nav>
        ) : null}
      </header>

      <Card aria-labelledby="preferences-heading" className="space-y-3">
        <h2 id="preferences-heading" className="text-lg font-semibold">
          {t("preferencesHeading")}
        </h2>
        <p className="text-sm text-stone-700">
          {deadline
            ? closed
              ? t("deadlineOver", { date: deadline })
              : t("deadline", { date: deadline })
            : t("noDeadline")}{" "}
          {setting ? t("lastSaved", { time: formatBeijingDateTime(setting.updatedAt) }) : t("neverSaved")}{" "}
          {t("times", { times: setting?.times ?? rotation.defaultTimes })}
        </p>
        {closed ? (
          <p className="text-sm text-stone-700">
            {t("savedChoices", { months: listMonths(setting?.preferences) })}{" "}
            {t("savedBlackouts", { months: listMonths(setting?.blackouts) })}
          </p>
        ) : (
          <PreferencesForm
            year={year}
            version={setting?.version ?? 0}
            dutyMonths={rotation.dutyMonths.toSorted((a, b) => a - b)}
            preferences={setting?.preferences ?? []}
            blackouts={setting?.blackouts ?? []}
          />
        )}
      </Card>

      <section aria-labelledby="duty-heading" className="space-y-3">
        <h2 id="duty-heading" className="text-lg font-semibold">
          {t("dutyHeading")}
        </h2>
        {schedule ? (
          <>
            <p className="text-sm text-stone-700">{t("scheduleVersion", { number: schedule.number })}</p>
            <DutyMonths schedule={schedule} unitId={user.unitId} />
          </>
        ) : (
          <p className="text-stone-700">{t("noSchedule", { year })}</p>
        )}
      </section>

      {schedule ? (
        <Card aria-labelledby="swap-heading" className="space-y-3">
          <h2 id="swap-heading" className="text-lg font-semibold">
            {t("swapHeading")}
          </h2>
          <p className="text-sm text-stone-700">{t("swapIntro")}</p>
          {myMonths.length > 0 && targets.length > 0 ? (
            <SwapRequestForm year={year} myMonths={myMonths} targets={targets} />
          ) : (
            <p className="text-stone-600">{t("noSwapOptions")}</p>
          )}
        </Card>
      ) : null}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("historyHeading")}
        </h2>
        <SwapList swaps={swaps} unitId={user.unitId} />
      </section>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function MyRotationPage(props: Parameters<typeof MyRotationPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["rotation.unit"]}>
      <MyRotationPageContent {...props} />
    </ClientMessages>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentSummary } from "@/components/activities";
import { MyMeetings, MyOpenDecisions } from "@/components/meetings";
import { MyPairingsCard } from "@/components/pairing/pairings";
import { MyNeedsCard } from "@/components/pairing/needs";
import { UnitServiceSites } from "@/components/pairing";
import { TodoList } from "@/components/units/self-service/todo-list";
import { UnitYear } from "@/components/units/self-service/unit-year";
import type { SecretaryActor } from "@/lib/core/auth/policy";
import { loadMyHome } from "@/lib/units/self-service/queries";
import { unitLogoPath } from "@/lib/units/directory/logo";

export async function myHomeMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.selfService.home");
  return { title: t("title") };
}

const smallLink = "inline-flex min-h-6 items-center text-sm text-brand-700 underline underline-offset-2";

/**
 * The secretary's desk: what needs the unit now first, then the unit's year (app/…/my and its
 * cached copy under viewer/…). Its pages wrap it in `<ClientMessages forms namespaces=
 * {["meetings.decisions", "meetings.meeting.errors"]}>`, the messages of the forms it renders
 * (the route checker of client-messages.tsx reads them from the route files).
 */
export async function MyHome({ user }: { user: SecretaryActor }) {
  const { unit, todo, year } = await loadMyHome(user.unitId);
  if (!unit) notFound();
  const [t, tu, ty] = await Promise.all([
    getTranslations("units.selfService.home"),
    getTranslations("units.directory"),
    getTranslations("overview.unitYear"),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        {unit.logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already small
          <img
            src={unitLogoPath(unit.slug, unit.logo.updatedAt)}
            alt={tu("logoAlt", { name: unit.name })}
            className="mb-2 h-16 w-16 rounded border border-stone-200 bg-white object-contain"
          />
        ) : null}
        <p className="text-sm text-stone-700">{t("welcome", { name: user.name })}</p>
        <h1 className="text-2xl font-bold break-words">{unit.name}</h1>
        <p className="flex flex-wrap gap-x-4">
          <Link href="/my/unit" className={smallLink}>
            {t("unitProfileLink")}
          </Link>
          <Link href={`/units/${unit.slug}`} className={smallLink}>
            {t("publicPage")}
          </Link>
        </p>
      </header>
      <TodoList entries={todo} />
      <section aria-labelledby="year-heading" className="space-y-6">
        <h2 id="year-heading" className="text-xl font-semibold">
          {t("year.heading", { year: year.year })}
        </h2>
        <p>
          <Link href="/my/year" className={smallLink}>
            {ty("myHomeLink")}
          </Link>
        </p>
        <UnitYear year={year} />
        <MyMeetings unitId={unit.id} />
      </section>
      <MyOpenDecisions unitId={unit.id} />
      <MyNeedsCard unitId={unit.id} />
      <CommitmentSummary unitId={unit.id} />
      <MyPairingsCard unitId={unit.id} />
      <UnitServiceSites unitId={unit.id} variant="card" />
    </div>
  );
}

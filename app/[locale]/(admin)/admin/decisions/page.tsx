import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { AdminDecisionFilterForm } from "@/components/meetings/decisions/admin-decision-filters";
import { DecisionStatus } from "@/components/meetings/decisions/decision-status";
import { DecisionCards } from "@/components/meetings/decisions/decision-cards";
import { requireAdmin } from "@/lib/core/auth/session";
import { isoDay } from "@/lib/meetings/decisions/order";
import {
  adminDecisionLimit,
  listDecisionOwners,
  listDecisionsForAdmin,
  listMeetingsWithDecisions,
} from "@/lib/meetings/decisions/queries";
import { adminDecisionFiltersSchema } from "@/lib/meetings/decisions/schemas";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.decisions");
  return { title: t("admin.title") };
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

/** Every decision of every meeting, overdue first: the committee chases what is late. */
async function AdminDecisionsPageContent({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/decisions");
  const raw = await searchParams;
  const filters = adminDecisionFiltersSchema.parse({
    status: first(raw.status),
    unit: first(raw.unit),
    meeting: first(raw.meeting),
    year: first(raw.year),
    overdue: first(raw.overdue),
  });
  const [t, decisions, units, meetings] = await Promise.all([
    getTranslations("meetings.decisions"),
    listDecisionsForAdmin(filters),
    listDecisionOwners(),
    listMeetingsWithDecisions(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <AdminDecisionFilterForm filters={filters} units={units} meetings={meetings} />
      {filters.year || filters.overdue ? (
        <p className="text-stone-800">
          {filters.year && filters.overdue
            ? t("admin.scope.yearOverdue", { year: filters.year })
            : filters.year
              ? t("admin.scope.year", { year: filters.year })
              : t("admin.scope.overdue")}
        </p>
      ) : null}
      <p role="status" className="text-sm text-stone-700" data-count={decisions.length}>
        {t("admin.count", { count: decisions.length })}
        {decisions.length >= adminDecisionLimit
          ? ` ${t("admin.limited", { limit: adminDecisionLimit })}`
          : ""}
      </p>
      {decisions.length === 0 ? <p className="text-stone-600">{t("admin.empty")}</p> : null}
      <DecisionCards decisions={decisions} idPrefix="admin-decision" heading="h2">
        {(decision, overdue) => (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-stone-600">{t("fields.meeting")}</dt>
            <dd>
              <Link href={`/meetings/${decision.meeting.id}/decisions`} className="text-brand-700 underline">
                {decision.meeting.title}
              </Link>
            </dd>
            <dt className="text-stone-600">{t("fields.ownerUnit")}</dt>
            <dd>{decision.ownerUnit.name}</dd>
            <dt className="text-stone-600">{t("fields.dueOn")}</dt>
            <dd>{isoDay(decision.dueOn)}</dd>
            <dt className="text-stone-600">{t("fields.status")}</dt>
            <dd>
              <DecisionStatus status={decision.status} overdue={overdue} />
            </dd>
            <dt className="text-stone-600">{t("fields.lastNote")}</dt>
            <dd className="break-words whitespace-pre-line">{decision.updates[0]?.note ?? t("noNote")}</dd>
          </dl>
        )}
      </DecisionCards>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminDecisionsPage(props: Parameters<typeof AdminDecisionsPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["meetings.decisions", "meetings.meeting.errors"]}>
      <AdminDecisionsPageContent {...props} />
    </ClientMessages>
  );
}

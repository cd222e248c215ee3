import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { listAdminNeeds, needStatuses, parseNeedYear } from "@/lib/pairing/needs/queries";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.needs.admin");
  return { title: t("title") };
}

const parseStatus = (raw: unknown): NeedStatus => needStatuses.find((status) => status === raw) ?? "OPEN";

/** The needs board for the committee, one status at a time (open first: they wait for offers). */
export default async function AdminNeedsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/needs");
  const params = await searchParams;
  const status = parseStatus(params.status);
  // ?year= (the admin overview's "needs met"): closed needs by the year they closed, others by posting.
  const year = parseNeedYear(params.year);
  const [t, ts, format, { needs, counts }] = await Promise.all([
    getTranslations("pairing.needs.admin"),
    getTranslations("pairing.needs.status"),
    getFormatter(),
    listAdminNeeds(status, year),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} actions={[{ href: "/admin/needs/new", label: t("new") }]} />
      {year ? (
        <p className="text-stone-800">
          {t("yearScope", { year })}{" "}
          <Link
            href={`/admin/needs?status=${status}`}
            className="text-brand-700 underline underline-offset-2"
          >
            {t("allYears")}
          </Link>
        </p>
      ) : null}
      <nav aria-label={t("statusFilter")}>
        <ul className="flex flex-wrap gap-2">
          {needStatuses.map((option) => (
            <li key={option}>
              <Link
                href={`/admin/needs?status=${option}${year ? `&year=${year}` : ""}`}
                aria-current={option === status ? "page" : undefined}
                data-count={counts[option]}
                className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {t("statusCount", { status: ts(option), count: counts[option] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {needs.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <Table caption={ts(status)} className="min-w-[32rem]">
          <thead>
            <HeadRow>
              <Th>{t("columns.title")}</Th>
              <Th>{t("columns.community")}</Th>
              <Th>{t("columns.created")}</Th>
              <Th numeric>{t("columns.offers")}</Th>
            </HeadRow>
          </thead>
          <tbody>
            {needs.map((need) => (
              <BodyRow key={need.id}>
                <Th scope="row">
                  <Link
                    href={`/admin/needs/${need.id}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {need.title}
                  </Link>
                </Th>
                <Td>{need.community.name}</Td>
                <Td>{format.dateTime(need.createdAt, { dateStyle: "medium", timeZone: beijingTimeZone })}</Td>
                <Td numeric>{need.waitingOffers}</Td>
              </BodyRow>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

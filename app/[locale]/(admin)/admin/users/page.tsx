import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { parseUserListFilter, userListQuery } from "@/lib/units/accounts/list-params";
import { listUnitOptions, listUsers } from "@/lib/units/accounts/queries";
import { BackLink } from "@/components/ui/back-link";
import { UserFilterForm } from "@/components/units/accounts/user-filter-form";
import { UserList } from "@/components/units/accounts/user-list";
import { PageHeader } from "@/components/ui/page-header";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.accounts");
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/users");
  const filter = parseUserListFilter(await searchParams);
  const [t, { users, total, pages }, units] = await Promise.all([
    getTranslations("units.accounts"),
    listUsers(filter),
    listUnitOptions(),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin" label={t("backToAdmin")} />
      <PageHeader
        title={t("title")}
        actions={[
          { href: "/admin/users/new", label: t("addSecretary") },
          { href: "/admin/users/new-admin", label: t("addAdmin") },
        ]}
      />
      <UserFilterForm filter={filter} units={units} />
      <p className="text-sm text-stone-700" role="status">
        {t("list.count", { count: total })}
      </p>
      {users.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {t("list.empty")}
        </p>
      ) : (
        <UserList users={users} />
      )}
      {pages > 1 ? (
        <nav aria-label={t("list.pagination")} className="flex items-center justify-between text-sm">
          {filter.page > 1 ? (
            <Link
              href={`/admin/users${userListQuery(filter, filter.page - 1)}`}
              className="text-brand-700 underline"
            >
              {t("list.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-700">{t("list.page", { page: filter.page, pages })}</span>
          {filter.page < pages ? (
            <Link
              href={`/admin/users${userListQuery(filter, filter.page + 1)}`}
              className="text-brand-700 underline"
            >
              {t("list.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { AdminUnit } from "@/lib/units/admin/queries";
import { Badge } from "@/components/ui/badge";

/** Read-only: accounts are managed under /admin/users. */
export async function UnitSecretaries({ unitId, users }: { unitId: number; users: AdminUnit["users"] }) {
  const t = await getTranslations("units.admin.detail");
  return (
    <div className="space-y-2">
      {users.length === 0 ? (
        <p className="text-stone-600">{t("noSecretaries")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg bg-white shadow-sm">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center gap-2 p-3">
              <Link
                href={`/admin/users/${user.id}`}
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {user.name}
              </Link>
              <span className="font-mono text-sm text-stone-600">{user.login}</span>
              <Badge tone="brand">{t("unitRole", { role: user.unitRole ?? "other" })}</Badge>
              {user.active ? null : <Badge>{t("inactive")}</Badge>}
            </li>
          ))}
        </ul>
      )}
      <Link href={`/admin/users?unit=${unitId}`} className="inline-block text-sm text-brand-700 underline">
        {t("manageAccounts")}
      </Link>
    </div>
  );
}

import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UserListRow } from "@/lib/units/accounts/queries";
import { UserBadges } from "./user-badges";
import { beijingDateTime } from "./date-format";
import { Card } from "@/components/ui/card";

/** Accounts as cards: one column on phones, two from `md`. Times are Beijing time (next-intl's zone). */
export async function UserList({ users }: { users: UserListRow[] }) {
  const [t, format] = await Promise.all([getTranslations("units.accounts.list"), getFormatter()]);
  return (
    <ul aria-label={t("label")} className="grid gap-3 md:grid-cols-2">
      {users.map((user) => (
        <Card as="li" key={user.id} className="space-y-1">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/admin/users/${user.id}`} className="font-semibold text-brand-700 underline">
              {user.name}
            </Link>
            <span className="font-mono text-sm text-stone-700">{user.login}</span>
          </div>
          <UserBadges
            role={user.role}
            unitRole={user.unitRole}
            active={user.active}
            mustChangePassword={user.mustChangePassword}
          />
          {user.unit ? <p className="text-sm text-stone-700">{user.unit.shortName}</p> : null}
          <p className="text-sm text-stone-600">
            {user.mobile ? `${user.mobile} · ` : ""}
            {user.lastLoginAt
              ? t("lastLogin", { time: format.dateTime(user.lastLoginAt, beijingDateTime) })
              : t("neverSignedIn")}
          </p>
        </Card>
      ))}
    </ul>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { getUserDetail, type UserDetail } from "@/lib/units/accounts/queries";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { AccountStatusForm } from "@/components/units/accounts/account-status-form";
import { BackLink } from "@/components/ui/back-link";
import { beijingDateTime } from "@/components/units/accounts/date-format";
import { EditUserForm } from "@/components/units/accounts/edit-user-form";
import { ReplaceSecretaryForm } from "@/components/units/accounts/replace-secretary-form";
import { ResetPasswordForm } from "@/components/units/accounts/reset-password-form";
import { UserBadges } from "@/components/units/accounts/user-badges";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

async function loadUser(raw: string): Promise<UserDetail> {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const user = id > 0 ? await getUserDetail(id) : null;
  if (!user) notFound();
  return user;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("units.accounts");
  return { title: `${t("detail.title")} ${id}` };
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-stone-700">{intro}</p> : null}
      {children}
    </Card>
  );
}

async function UserPageContent({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireAdmin(`/admin/users/${encodeURIComponent(id)}`);
  const user = await loadUser(id);
  const [t, te, format] = await Promise.all([
    getTranslations("units.accounts"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);
  const isSecretary = user.role === "SECRETARY";
  const roleName = user.unitRole ? t(`unitRole.${user.unitRole}`) : "";
  const blocked =
    user.active && user.role === "ADMIN" && user.activeAdmins <= 1
      ? t("deactivate.lastAdmin")
      : !user.active && user.unit?.status === "WITHDRAWN"
        ? t("reactivate.unitWithdrawn")
        : !user.active && user.roleHolder
          ? t("reactivate.roleHeld", { name: user.roleHolder.name, role: user.unitRole ?? "" })
          : undefined;
  const self = user.id === actor.id;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/admin/users" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{user.name}</h1>
        <UserBadges
          role={user.role}
          unitRole={user.unitRole}
          active={user.active}
          mustChangePassword={user.mustChangePassword}
        />
      </header>

      <DetailList>
        <DetailRow label={t("fields.login")}>
          <span className="font-mono">{user.login}</span>
        </DetailRow>
        <DetailRow label={t("detail.role")}>
          {t(`role.${user.role}`)}
          {roleName ? ` · ${roleName}` : ""}
        </DetailRow>
        {user.unit ? (
          <DetailRow label={t("fields.unit")}>
            <Link href={`/admin/units/${user.unit.id}`} className="text-brand-700 underline">
              {user.unit.name}
            </Link>
            {user.unit.status === "ACTIVE" ? null : ` (${te(`UnitStatus.${user.unit.status}`)})`}
          </DetailRow>
        ) : null}
        <DetailRow label={t("fields.mobile")}>{user.mobile ?? t("detail.none")}</DetailRow>
        <DetailRow label={t("fields.email")}>{user.email ?? t("detail.none")}</DetailRow>
        <DetailRow label={t("detail.status")}>
          {user.active ? t("status.active") : t("status.inactive")}
        </DetailRow>
        <DetailRow label={t("detail.password")}>
          {user.mustChangePassword ? t("detail.mustChange") : t("detail.passwordSet")}
        </DetailRow>
        <DetailRow label={t("detail.lastLogin")}>
          {user.lastLoginAt ? format.dateTime(user.lastLoginAt, beijingDateTime) : t("list.neverSignedIn")}
        </DetailRow>
        <DetailRow label={t("detail.createdAt")}>
          {format.dateTime(user.createdAt, beijingDateTime)}
        </DetailRow>
      </DetailList>

      <Section id="edit" title={t("edit.heading")}>
        <EditUserForm
          user={{
            id: user.id,
            name: user.name,
            mobile: user.mobile,
            email: user.email,
            version: user.updatedAt.toISOString(),
          }}
          mobileRequired={isSecretary}
        />
      </Section>

      <Section id="reset" title={t("reset.heading")} intro={t("reset.intro")}>
        <ResetPasswordForm userId={user.id} />
      </Section>

      <Section
        id="status"
        title={user.active ? t("deactivate.heading") : t("reactivate.heading")}
        intro={
          user.active ? (self ? t("deactivate.introSelf") : t("deactivate.intro")) : t("reactivate.intro")
        }
      >
        <AccountStatusForm userId={user.id} active={user.active} blocked={blocked} />
      </Section>

      {isSecretary ? (
        <Section
          id="replace"
          title={t("replace.heading", { role: user.unitRole ?? "" })}
          intro={user.active ? t("replace.intro", { role: user.unitRole ?? "" }) : undefined}
        >
          <ReplaceSecretaryForm userId={user.id} active={user.active} />
        </Section>
      ) : null}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function UserPage(props: Parameters<typeof UserPageContent>[0]) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.accounts"]}>
      <UserPageContent {...props} />
    </ClientMessages>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { forcedPasswordPath, requireUser } from "@/lib/core/auth/session";
import { homeFor, safeRedirectPath } from "@/lib/core/http/safe-redirect";
import { ChangePasswordForm } from "@/components/units/self-service/password/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.selfService.profile");
  return { title: t("passwordTitle") };
}

/** Where users whose password was reset must go first; anybody signed in may use it. */
export default async function PasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(forcedPasswordPath);
  const t = await getTranslations("units.selfService.profile");
  const raw = (await searchParams).callbackUrl;
  const next = safeRedirectPath(raw, homeFor(user));
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("passwordTitle")}</h1>
      {user.mustChangePassword ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t("forcedPasswordIntro")}</p>
      ) : null}
      <ChangePasswordForm />
      {user.mustChangePassword ? null : (
        <Link href={next} className="inline-block text-brand-700 underline">
          {t("continue")}
        </Link>
      )}
    </div>
  );
}

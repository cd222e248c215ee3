import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { checkToken } from "@/lib/units/admission/activation/activate-account";
import { ActivationForm } from "@/components/units/admission/activation-form";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

type Params = Promise<{ token: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admission.apply.activation");
  // The address is a secret: never indexed, never sent on as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Opens a one-time activation (or password reset) link and lets its holder choose a password. */
export default async function ActivatePage({ params }: { params: Params }) {
  const token = (await params).token.slice(0, 100);
  const [{ state, token: found }, t] = await Promise.all([
    checkToken(token),
    getTranslations("units.admission.apply.activation"),
  ]);
  const title = found?.purpose === "PASSWORD_RESET" ? t("resetTitle") : t("title");

  if (state !== "valid" || !found) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("unusableTitle")}</h1>
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          {t(state === "valid" ? "invalid" : state)}
        </p>
        <Link href="/login" className="inline-block text-brand-700 underline underline-offset-2">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <p className="font-medium">{t("account", { login: found.user.login })}</p>
      <ActivationForm token={token} />
    </div>
  );
}

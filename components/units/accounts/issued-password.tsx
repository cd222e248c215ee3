"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";

/**
 * The temporary password from a successful create or reset. It lives only in this response's
 * form state: reloading the page makes it disappear for good.
 */
export function IssuedPassword({
  state,
  showAccountLink = false,
}: {
  state: FormState;
  showAccountLink?: boolean;
}) {
  const t = useTranslations("units.accounts.issued");
  const password = state.ok ? state.data?.temporaryPassword : undefined;
  if (typeof password !== "string") return null;
  return (
    <section aria-label={t("heading")} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4">
      <h3 className="font-semibold text-amber-900">{t("heading")}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-sm text-stone-700">{t("login")}</dt>
        <dd className="font-mono" data-testid="issued-login">
          {String(state.data?.login ?? "")}
        </dd>
        <dt className="text-sm text-stone-700">{t("password")}</dt>
        <dd>
          <code
            data-testid="temporary-password"
            className="select-all rounded bg-white px-2 py-0.5 font-mono text-lg tracking-wider text-stone-900"
          >
            {password}
          </code>
        </dd>
      </dl>
      <p className="text-sm text-amber-900">{t("once")}</p>
      {showAccountLink && typeof state.data?.userId === "number" ? (
        <Link href={`/admin/users/${state.data.userId}`} className="inline-block text-brand-700 underline">
          {t("viewAccount")}
        </Link>
      ) : null}
    </section>
  );
}

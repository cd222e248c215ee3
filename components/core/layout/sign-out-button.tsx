"use client";

import { useLocale } from "next-intl";
import { signOutAndOpen } from "@/lib/core/auth/browser";
import { localizePath } from "@/lib/core/i18n/locale-route";
import { isLocale, defaultLocale } from "@/lib/core/i18n/config";

/** Signs out and opens the home page in the current language. */
export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => void signOutAndOpen(localizePath("/", isLocale(locale) ? locale : defaultLocale))}
      className="flex min-h-11 items-center rounded border border-stone-300 px-3 text-sm whitespace-nowrap hover:bg-stone-100"
    >
      {label}
    </button>
  );
}

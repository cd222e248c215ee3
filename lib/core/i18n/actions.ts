"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, localeCookie } from "./config";
import { localizePath } from "./locale-route";
import { safeRedirectPath } from "@/lib/core/http/safe-redirect";

/**
 * Switches the interface language: the same page at its address in the other language
 * (`/plan` ↔ `/en/plan`), and the choice is remembered so old Chinese addresses open in English
 * (proxy.ts). A plain form post, so it works before hydration too.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = formData.get("returnTo") ?? (await headers()).get("referer");
  // The referer is a full address: only its path is kept, and a doubtful one goes home.
  const path = safeRedirectPath(back);
  if (!isLocale(locale)) redirect(path);
  (await cookies()).set(localeCookie, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
  redirect(localizePath(path, locale));
}

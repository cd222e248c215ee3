"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, localeCookie } from "./config";
import { safeRedirectPath } from "@/lib/core/http/safe-redirect";

/** Switches the interface language; a plain form post, so it works before hydration too. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(localeCookie, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
    });
  }
  const back = formData.get("returnTo") ?? (await headers()).get("referer");
  // The referer is a full address: only its path is kept, and a doubtful one goes home.
  redirect(safeRedirectPath(back));
}

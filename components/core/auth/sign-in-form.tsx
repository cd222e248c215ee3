"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { safeRedirectPath } from "@/lib/core/http/safe-redirect";
import { signInMessage, type SignInMessage } from "@/lib/core/auth/sign-in-error";
import { signInWithPassword } from "@/lib/core/auth/browser";
import { controlClass } from "@/components/ui/control";

type Message = SignInMessage | { key: "required" };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("core.auth");
  const [error, setError] = useState<Message | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get("identifier") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!identifier || !password) return setError({ key: "required" });
    setPending(true);
    setError(null);
    try {
      const result = await signInWithPassword(identifier, password);
      if (result.ok) {
        // A full navigation so server components render with the new session.
        // Without a callback, /login itself sends the user on by role (admins to /admin).
        // The page checked callbackUrl already; checking again keeps this line safe on its own.
        window.location.assign(safeRedirectPath(callbackUrl, "/login"));
        return;
      }
      // A refused attempt says why (and how long to wait); anything else is "unexpected".
      setError(signInMessage(result.error));
    } catch {
      setError({ key: "unexpected" });
    }
    setPending(false);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-6 space-y-4"
      aria-describedby={error ? "sign-in-error" : undefined}
    >
      <div>
        <label htmlFor="identifier" className="block text-sm font-medium">
          {t("identifier")}
        </label>
        <input
          id="identifier"
          name="identifier"
          autoComplete="username"
          required
          maxLength={60}
          className={controlClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          className={controlClass}
        />
      </div>
      <div aria-live="polite">
        {error ? (
          <p id="sign-in-error" role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
            {"values" in error ? t(error.key, error.values) : t(error.key)}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Unexpected failures (including the database being down) end here with a generic message. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("core.errors");
  return (
    <div role="alert" className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("errorBody")}</p>
      <button type="button" onClick={reset} className={buttonClass("primary", "mt-6")}>
        {t("retry")}
      </button>
    </div>
  );
}

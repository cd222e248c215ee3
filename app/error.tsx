"use client";

import { useTranslations } from "next-intl";

/** Unexpected failures (including the database being down) end here with a generic message. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("errorBody")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}

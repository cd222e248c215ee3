"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";

/** A labelled photo picker whose refusal (type, size, count) sits next to it. */
export function PhotoInput({ state, label }: { state: FormState; label: string }) {
  const t = useTranslations("activities.commitments");
  const describe = useDescribe();
  const id = useId();
  const errors = state.fieldErrors?.photo ?? [];
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t("photoHint")}
      </p>
      <input
        id={id}
        name="photo"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        aria-describedby={errors.length ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={errors.length > 0 || undefined}
        className="mt-1 block w-full max-w-full text-base"
      />
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.map((error) => describe(error)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

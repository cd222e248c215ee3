"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { removeMyUnitLogo, uploadMyUnitLogo } from "@/lib/units/self-service/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { maxLogoBytes } from "@/lib/core/images/detect-image-type";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = { logoUrl: string | null; alt: string };

/**
 * Upload, replace or remove the unit's logo. Too large a file is refused here before it is
 * sent (the server refuses it too, and Next.js cuts off bodies over 2 MB with a bare error).
 */
export function UnitLogoForm({ logoUrl, alt }: Props) {
  const t = useTranslations("units.selfService.profile");
  const describe = useDescribe();
  const id = useId();
  const [state, upload] = useActionState(uploadMyUnitLogo, initialFormState);
  const [removeState, remove] = useActionState(removeMyUnitLogo, initialFormState);
  const [tooLarge, setTooLarge] = useState(false);
  const errors = tooLarge ? [t("logoTooLarge")] : (state.fieldErrors?.logo ?? []).map(describe);
  const errorId = `${id}-error`;

  const oversized = (input: HTMLInputElement | null) => (input?.files?.[0]?.size ?? 0) > maxLogoBytes;

  return (
    <div className="space-y-4">
      {logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already small
        <img
          src={logoUrl}
          alt={alt}
          className="h-24 w-24 rounded border border-stone-200 bg-white object-contain"
        />
      ) : (
        <p className="text-stone-600">{t("noLogoYet")}</p>
      )}
      <form
        action={upload}
        className="space-y-3"
        noValidate
        onSubmit={(event) => {
          const input = event.currentTarget.elements.namedItem("logo") as HTMLInputElement | null;
          if (oversized(input)) {
            event.preventDefault();
            setTooLarge(true);
            input?.focus();
          }
        }}
      >
        <div>
          <label htmlFor={id} className="block text-sm font-medium">
            {logoUrl ? t("replaceLogo") : t("chooseLogo")}
          </label>
          <input
            id={id}
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            required
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={`${id}-hint${errors.length ? ` ${errorId}` : ""}`}
            onChange={(event) => setTooLarge(oversized(event.currentTarget))}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-2"
          />
          <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
            {t("logoHint")}
          </p>
          {errors.length ? (
            <p id={errorId} className="mt-1 text-sm text-red-800">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
        {tooLarge ? null : <FormMessage state={state} />}
        <SubmitButton label={t("uploadLogo")} pendingLabel={t("uploading")} />
      </form>
      {logoUrl ? (
        <form action={remove}>
          <SubmitButton label={t("removeLogo")} variant="secondary" />
        </form>
      ) : null}
      {/* Outside the form: after a removal the form is gone, the message should stay. */}
      <FormMessage state={removeState} />
    </div>
  );
}

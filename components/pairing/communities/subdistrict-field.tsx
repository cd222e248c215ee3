"use client";

import { useId } from "react";
import type { FormState } from "@/lib/core/forms/form-state";
import { controlClass } from "@/components/ui/control";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = {
  label: string;
  hint: string;
  state: FormState;
  defaultValue: string;
  /** The existing subdistricts' names, offered as the box is typed in. */
  subdistricts: readonly string[];
};

/**
 * The community's subdistrict: one text box that suggests the existing names (a datalist) and
 * takes a new one as typed, so choosing and creating are the same gesture, on a phone too.
 */
export function SubdistrictField({ label, hint, state, defaultValue, subdistricts }: Props) {
  const id = useId();
  const describe = useDescribe();
  const errors = state.fieldErrors?.subdistrict ?? [];
  const sent = state.values?.subdistrict;
  const value = typeof sent === "string" ? sent : defaultValue;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      </label>
      <input
        key={value}
        id={id}
        name="subdistrict"
        required
        maxLength={60}
        list={`${id}-options`}
        autoComplete="off"
        defaultValue={value}
        className={controlClass}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
      <datalist id={`${id}-options`}>
        {subdistricts.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {hint}
      </p>
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

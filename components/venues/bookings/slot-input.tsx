"use client";

import { useId } from "react";
import type { FormState } from "@/lib/core/forms/form-state";
import type { SuggestionFill } from "@/lib/venues/bookings/booking-ui";
import { useDescribe } from "@/components/core/forms/use-describe";
import { controlClass } from "@/components/ui/control";

type SlotInputProps = {
  name: keyof SuggestionFill;
  label: string;
  value: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
  state: FormState;
  type?: "date" | "time";
  options?: Array<{ value: string; label: string }>;
};

/** A date, time or court control with its label and its errors tied to it, like Field. */
export function SlotInput({ name, label, value, onChange, state, type, options }: SlotInputProps) {
  const id = useId();
  const describe = useDescribe();
  const errors = state.fieldErrors?.[name] ?? [];
  const errorId = `${id}-error`;
  const shared = {
    id,
    name,
    defaultValue: value,
    onChange,
    className: controlClass,
    "aria-invalid": errors.length > 0 || undefined,
    "aria-describedby": errors.length ? errorId : undefined,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {options ? (
        <select {...shared}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...shared} type={type} required />
      )}
      {errors.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

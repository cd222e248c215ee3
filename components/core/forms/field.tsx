"use client";

import { useId } from "react";
import type { FormState } from "@/lib/core/forms/form-state";
import { controlClass } from "@/components/ui/control";
import { useDescribe } from "./use-describe";

type Common = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  /** Shown when the form is first rendered (e.g. the current value being edited). */
  defaultValue?: string;
  required?: boolean;
};

type InputProps = Common & {
  as?: "input";
  type?:
    "text" | "email" | "tel" | "password" | "date" | "time" | "datetime-local" | "number" | "url" | "search";
  autoComplete?: string;
  maxLength?: number;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
};
type TextareaProps = Common & { as: "textarea"; rows?: number; maxLength?: number };
type SelectProps = Common & { as: "select"; options: Array<{ value: string; label: string }> };

/**
 * A labelled form control whose errors (from the action's form state) sit next to it and are
 * announced with it (aria-describedby). After a refused submit it shows what was sent.
 */
export function Field(props: InputProps | TextareaProps | SelectProps) {
  const id = useId();
  const describe = useDescribe();
  const errors = props.state.fieldErrors?.[props.name] ?? [];
  const sent = props.state.values?.[props.name];
  const value = typeof sent === "string" ? sent : props.defaultValue;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [props.hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  // Controls re-mount (key={value}) when the server echoes values back, so they show them.
  const shared = {
    id,
    name: props.name,
    required: props.required,
    "aria-invalid": errors.length > 0 || undefined,
    "aria-describedby": describedBy,
    className: controlClass,
    defaultValue: value,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
        {props.required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {props.as === "textarea" ? (
        <textarea key={value} {...shared} rows={props.rows ?? 4} maxLength={props.maxLength} />
      ) : props.as === "select" ? (
        <select key={value} {...shared}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          key={value}
          {...shared}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          inputMode={props.inputMode}
        />
      )}
      {props.hint ? (
        <p id={hintId} className="mt-1 text-sm text-stone-600">
          {props.hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox with its label beside it; errors are tied to it the same way. */
export function CheckboxField({
  name,
  label,
  state,
  defaultChecked,
}: {
  name: string;
  label: string;
  state: FormState;
  defaultChecked?: boolean;
}) {
  const id = useId();
  const sent = state.values?.[name];
  // After a submit the echoed values are the truth: an unchecked box is simply absent from them.
  const checked = state.values ? sent === "on" : defaultChecked;
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={checked}
        key={String(checked)}
        className="size-5"
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

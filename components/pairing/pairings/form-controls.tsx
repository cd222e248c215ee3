"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { controlClass } from "@/components/ui/control";
import { useDescribe } from "@/components/core/forms/use-describe";
import { stateStamp } from "./state-stamp";

// The pairing forms' own controls: the community select grouped by subdistrict, and checkbox
// groups (focus areas, units). Errors sit under them and are announced with them.

export type CommunityGroup = { subdistrict: string; communities: Array<{ id: number; name: string }> };

function FieldError({ id, state, name }: { id: string; state: FormState; name: string }) {
  const describe = useDescribe();
  const errors = state.fieldErrors?.[name] ?? [];
  if (errors.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {errors.map(describe).join(" ")}
    </p>
  );
}

/** The community to pair with, its options grouped by subdistrict (街道). */
export function CommunitySelect({ groups, state }: { groups: CommunityGroup[]; state: FormState }) {
  const t = useTranslations("pairing.pairings");
  const id = useId();
  const sent = state.values?.communityId;
  const invalid = (state.fieldErrors?.communityId ?? []).length > 0;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {t("form.community")}
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      </label>
      <select
        key={String(sent)}
        id={id}
        name="communityId"
        required
        defaultValue={typeof sent === "string" ? sent : ""}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className={controlClass}
      >
        <option value="">{t("form.chooseCommunity")}</option>
        {groups.map((group) => (
          <optgroup key={group.subdistrict} label={group.subdistrict || t("form.noSubdistrict")}>
            {group.communities.map((community) => (
              <option key={community.id} value={community.id}>
                {community.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id={`${id}-error`} state={state} name="communityId" />
    </div>
  );
}

/**
 * A group of checkboxes sharing one name. The choice is kept in state (the server echoes only
 * one value of a repeated field), so a refused submit keeps what was ticked.
 */
export function CheckboxGroup({
  name,
  legend,
  options,
  initial = [],
  state,
  columns = "sm:grid-cols-2",
}: {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  initial?: string[];
  state: FormState;
  columns?: string;
}) {
  const id = useId();
  const [checked, setChecked] = useState<Set<string>>(() => new Set(initial));
  const toggle = (value: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const invalid = (state.fieldErrors?.[name] ?? []).length > 0;
  return (
    <fieldset
      className="space-y-2 rounded border border-stone-300 p-3"
      aria-describedby={invalid ? `${id}-error` : undefined}
      aria-invalid={invalid || undefined}
    >
      <legend className="px-1 text-sm font-medium">
        {legend}
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      </legend>
      <ul key={stateStamp(state)} className={`grid max-h-80 gap-1 overflow-y-auto ${columns}`}>
        {options.map((option) => (
          <li key={option.value} className="flex items-start gap-2 py-1">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              name={name}
              value={option.value}
              checked={checked.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              className="mt-0.5 size-5 shrink-0"
            />
            <label htmlFor={`${id}-${option.value}`} className="text-sm">
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={`${id}-error`} state={state} name={name} />
    </fieldset>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { moveActivity } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";
import { buttonClass } from "@/components/ui/button";

const button = buttonClass("secondary", "", "sm");

/** Plain forms, so moving works before (or without) JavaScript too. */
export function MoveButtons({
  id,
  title,
  first,
  last,
}: {
  id: number;
  title: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("activities.admin.activities");
  const describe = useDescribe();
  const [state, action, pending] = useActionState(moveActivity, initialFormState);
  return (
    <div className="flex items-center gap-1">
      {(["up", "down"] as const).map((direction) => (
        <form key={direction} action={action}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="direction" value={direction} />
          <button
            type="submit"
            className={button}
            disabled={pending || (direction === "up" ? first : last)}
            aria-label={t(direction === "up" ? "moveUpNamed" : "moveDownNamed", { title })}
          >
            <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
          </button>
        </form>
      ))}
      {!state.ok && state.message ? (
        <span role="alert" className="text-sm text-red-800">
          {describe(state.message)}
        </span>
      ) : null}
    </div>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { moveAgendaItem } from "@/lib/meetings/agenda/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";
import { AmendmentNoteField } from "./amendment-note-field";
import { buttonClass } from "@/components/ui/button";

const button = buttonClass("secondary", "", "sm");

/**
 * One form, two real buttons (the pressed one sends its direction): keyboard and screen-reader
 * friendly, and it works without JavaScript. After a move, focus stays on the item's buttons
 * and the new place is announced.
 */
export function MoveButtons({
  meetingId,
  itemId,
  title,
  position,
  total,
  started,
}: {
  meetingId: number;
  itemId: number;
  title: string;
  /** 1-based place in the agenda. */
  position: number;
  total: number;
  started: boolean;
}) {
  const t = useTranslations("meetings.agenda.form");
  const describe = useDescribe();
  const [state, action, pending] = useActionState(moveAgendaItem, initialFormState);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pressed = useRef<"up" | "down" | null>(null);
  const first = position === 1;
  const last = position === total;

  // The list re-renders in its new order; keep the keyboard user on this item.
  useEffect(() => {
    if (!state.ok || !pressed.current) return;
    const wanted = pressed.current === "up" ? up.current : down.current;
    const other = pressed.current === "up" ? down.current : up.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [state, position]);

  // Only the latest move of this item is announced, and only while it still holds.
  const announced = state.ok && state.data?.position === position ? state.message : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="itemId" value={itemId} />
      <AmendmentNoteField started={started} state={state} />
      <div className="flex flex-wrap items-center gap-2">
        {(["up", "down"] as const).map((direction) => (
          <button
            key={direction}
            ref={direction === "up" ? up : down}
            type="submit"
            name="direction"
            value={direction}
            onClick={() => (pressed.current = direction)}
            className={button}
            disabled={pending || (direction === "up" ? first : last)}
            aria-label={t(direction === "up" ? "moveUp" : "moveDown", { title })}
          >
            <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
          </button>
        ))}
        <span role="status" className="text-sm text-green-900">
          {announced ? describe(announced) : ""}
        </span>
        {!state.ok && state.message && !state.fieldErrors ? (
          <span role="alert" className="text-sm text-red-800">
            {describe(state.message)}
          </span>
        ) : null}
      </div>
    </form>
  );
}

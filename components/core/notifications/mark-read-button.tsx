"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState } from "@/lib/core/forms/form-state";
import { markAllRead, markRead } from "@/lib/core/notifications/actions";
import { Button } from "@/components/ui/button";

// The inbox namespace stays on the server, so the page passes the labels in. Success needs no
// message: the page re-renders with the item (and the header badge) updated.

/** Marks one notification read; `label` names the message for screen readers. */
export function MarkReadButton({ id, text, label }: { id: number; text: string; label: string }) {
  const [state, action] = useActionState(markRead, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" size="sm" aria-label={label} className="font-medium">
        {text}
      </Button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function MarkAllReadButton({ label }: { label: string }) {
  const [state, action] = useActionState(markAllRead, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton label={label} variant="secondary" />
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

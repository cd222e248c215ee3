import type { FormState } from "@/lib/core/forms/form-state";

/** What a writer sees when the minutes changed since they opened them: both texts, nothing lost. */
export type MinutesConflict = {
  yourText: string;
  theirText: string;
  theirVersion: number;
  theirAuthor: string;
  /** ISO timestamp of the version that won. */
  theirSavedAt: string;
};

/** The refused save as form state; its flat fields fit FormState's `data` as they are. */
export function conflictState(conflict: MinutesConflict): FormState {
  return {
    ok: false,
    message: { key: "meetings.minutes.errors.conflict", values: { version: conflict.theirVersion } },
    data: { ...conflict },
  };
}

export function readConflict(state: FormState): MinutesConflict | null {
  const data = state.data;
  if (!data || typeof data.yourText !== "string" || typeof data.theirText !== "string") return null;
  return {
    yourText: data.yourText,
    theirText: data.theirText,
    theirVersion: Number(data.theirVersion),
    theirAuthor: String(data.theirAuthor ?? ""),
    theirSavedAt: String(data.theirSavedAt ?? ""),
  };
}

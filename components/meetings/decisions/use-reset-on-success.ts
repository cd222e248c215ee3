"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/core/forms/form-state";

/**
 * Empties a form once its action succeeded, keeping the form (and its success message) on the
 * page; a refused submit keeps what the user typed.
 */
export function useResetOnSuccess(state: FormState) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  return formRef;
}

"use client";

import { useTranslations } from "next-intl";
import type { MessageDescriptor } from "@/lib/core/forms/form-state";

/** Translates the catalog keys that server actions return. */
export function useDescribe() {
  const t = useTranslations();
  return (message: MessageDescriptor) => t(message.key as never, message.values as never);
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { generateRotationDraft } from "@/lib/rotation/admin/actions";
import { initialFormState, type FormState, type MessageDescriptor } from "@/lib/core/forms/form-state";
import { CheckboxField } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

function reasonsOf(state: FormState): MessageDescriptor[] {
  const raw = state.data?.reasons;
  if (typeof raw !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as MessageDescriptor[]) : [];
  } catch {
    return [];
  }
}

/**
 * Generates a draft from the current inputs. When a draft exists the admin must confirm that
 * the new one replaces it; the draft number the page showed goes along, so a draft someone
 * else generated meanwhile is never replaced unseen.
 */
export function GenerateForm({ year, draftNumber }: { year: number; draftNumber: number | null }) {
  const t = useTranslations("rotation.admin.generate");
  const describe = useDescribe();
  const [state, action] = useActionState(generateRotationDraft, initialFormState);
  const reasons = reasonsOf(state);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="knownDraft" value={draftNumber ?? ""} />
      <p className="text-sm text-stone-700">{t("explain")}</p>
      {draftNumber !== null ? (
        <>
          <p className="text-sm text-amber-900">{t("replacesDraft", { number: draftNumber })}</p>
          <CheckboxField
            name="replaceDraft"
            label={t("confirmReplace", { number: draftNumber })}
            state={state}
          />
        </>
      ) : null}
      <FormMessage state={state} />
      {reasons.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800" aria-label={t("reasons")}>
          {reasons.map((reason, index) => (
            <li key={index}>{describe(reason)}</li>
          ))}
        </ul>
      ) : null}
      <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}

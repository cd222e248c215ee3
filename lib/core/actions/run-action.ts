import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { can, type Permission } from "@/lib/core/auth/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/core/auth/session";
import { isDatabaseUnavailable } from "@/lib/core/database/limits";
import { DomainError } from "@/lib/core/errors";
import { failure, fieldErrorsFrom, formValues, type FormState } from "@/lib/core/forms/form-state";

/** Who may run an action: everybody ("public"), or a signed-in user holding a permission. */
export type Authorize<I> = ((actor: CurrentUser, input: I) => Permission) | "public";

export type ActionSpec<S extends z.ZodType> = {
  schema: S;
  authorize: Authorize<z.output<S>>;
  run: (input: z.output<S>, actor: CurrentUser | null) => Promise<FormState>;
  /** Only for changing one's password: allowed while a password change is forced. */
  allowWithExpiredPassword?: boolean;
  /** Paths whose cached pages change when the action succeeds. */
  revalidate?: string[] | ((input: z.output<S>) => string[]);
};

/** Turns form fields into a plain object; repeated names become arrays, files stay files. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    result[key] = all.length > 1 ? all : all[0];
  }
  return result;
}

/**
 * The one path of every write: authenticate → validate (zod, shared with the form) →
 * authorise (lib/core/auth/policy) → run the mutation (its own transaction and audit record) →
 * revalidate. Expected refusals come back as form state; anything else is a bug and throws.
 * A database that cannot serve us (down, pool full, a statement cut off by a limit) is not a
 * bug: the form says "busy, try again" with what was typed kept (any transaction rolled back).
 */
export async function runAction<S extends z.ZodType>(
  formData: FormData,
  spec: ActionSpec<S>,
): Promise<FormState> {
  try {
    return await runGuarded(formData, spec);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ...failure("core.errors.databaseBusy"), values: formValues(formData) };
  }
}

async function runGuarded<S extends z.ZodType>(formData: FormData, spec: ActionSpec<S>): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getCurrentUser();
  if (spec.authorize !== "public" && !actor) return { ...failure("core.errors.signInRequired"), values };
  if (actor?.mustChangePassword && !spec.allowWithExpiredPassword) {
    return { ...failure("core.errors.passwordChangeRequired"), values };
  }

  const parsed = spec.schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { ...failure("core.validation.checkFields"), fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  if (spec.authorize !== "public" && !can(actor, spec.authorize(actor!, parsed.data))) {
    return { ...failure("core.errors.forbidden"), values };
  }

  let result: FormState;
  try {
    // Email copies of notifications are queued in the action's own transaction (MailOutbox)
    // and sent by the mail worker, so no action ever waits on a mail server.
    result = await spec.run(parsed.data, actor);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const descriptor = { key: error.key, ...(error.values ? { values: error.values } : {}) };
    return {
      ...failure(error.key, error.values),
      ...(error.field ? { fieldErrors: { [error.field]: [descriptor] } } : {}),
      values,
    };
  }
  if (result.ok) {
    const paths =
      typeof spec.revalidate === "function" ? spec.revalidate(parsed.data) : (spec.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
  }
  return result.ok ? result : { ...result, values };
}

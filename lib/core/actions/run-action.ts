import "server-only";
import type { z } from "zod";
import { admitActor, type ActorOf, type Gate, type Refusal } from "@/lib/core/auth/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/core/auth/session";
import { isDatabaseUnavailable } from "@/lib/core/database/limits";
import { DomainError } from "@/lib/core/errors";
import { failure, fieldErrorsFrom, formValues, type FormState } from "@/lib/core/forms/form-state";
import type { RevalidationTarget } from "@/lib/core/site/revalidate-public";
import { expireViewerCopies, revalidateTargets } from "@/lib/core/site/revalidate";

type SpecOf<S extends z.ZodType, A> = {
  schema: S;
  run: (input: z.output<S>, actor: A) => Promise<FormState>;
  /** Only for changing one's password: allowed while a password change is forced. */
  allowWithExpiredPassword?: boolean;
  /**
   * The pages the action changes, expired once it succeeded (after its transaction committed):
   * addresses as visitors see them, or entries from lib/core/site/revalidate-public.ts.
   */
  revalidate?:
    | RevalidationTarget[]
    | ((input: z.output<S>, actor: A) => RevalidationTarget[] | Promise<RevalidationTarget[]>);
};

/**
 * An action open to everybody; it gets whoever is signed in, if anyone (e.g. applying to join).
 */
export type PublicActionSpec<S extends z.ZodType> = SpecOf<S, CurrentUser | null> & { authorize: "public" };

/**
 * An action behind a permission of the policy, asked by name (lib/core/auth/policy.ts). The
 * pipeline admits the actor and hands `run` the kind of actor the permission needs: an
 * AdminActor, a SecretaryActor (with their unit), or any SignedInActor.
 */
export type ActionSpec<S extends z.ZodType, G extends Gate> = SpecOf<S, ActorOf<G>> & { authorize: G };

type AnySpec = PublicActionSpec<z.ZodType> | ActionSpec<z.ZodType, Gate>;
type Admitted =
  | { ok: true; run: () => Promise<FormState>; targets: () => Promise<RevalidationTarget[]> }
  | { ok: false; key: Refusal | "core.errors.signInRequired" };

/** The spec's pages for this input and actor (a function of either may read the database). */
async function targetsOf<I, A>(
  revalidate: SpecOf<z.ZodType, A>["revalidate"],
  input: I,
  actor: A,
): Promise<RevalidationTarget[]> {
  if (typeof revalidate !== "function") return revalidate ?? [];
  return (revalidate as (input: I, actor: A) => RevalidationTarget[] | Promise<RevalidationTarget[]>)(
    input,
    actor,
  );
}

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
export function runAction<S extends z.ZodType>(
  formData: FormData,
  spec: PublicActionSpec<S>,
): Promise<FormState>;
export function runAction<S extends z.ZodType, G extends Gate>(
  formData: FormData,
  spec: ActionSpec<S, G>,
): Promise<FormState>;
export async function runAction(formData: FormData, spec: AnySpec): Promise<FormState> {
  try {
    return await runGuarded(formData, spec);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ...failure("core.errors.databaseBusy"), values: formValues(formData) };
  }
}

/** The policy's answer for this actor and input: the action's run with its narrowed actor, or a refusal. */
function admit(spec: AnySpec, user: CurrentUser | null, input: unknown): Admitted {
  if (spec.authorize === "public") {
    const run = spec.run;
    return { ok: true, run: () => run(input, user), targets: () => targetsOf(spec.revalidate, input, user) };
  }
  if (!user) return { ok: false, key: "core.errors.signInRequired" };
  const admission = admitActor(user, spec.authorize);
  if (!admission.ok) return admission;
  const run = spec.run;
  const actor = admission.actor;
  return { ok: true, run: () => run(input, actor), targets: () => targetsOf(spec.revalidate, input, actor) };
}

async function runGuarded(formData: FormData, spec: AnySpec): Promise<FormState> {
  const values = formValues(formData);
  const user = await getCurrentUser();
  if (spec.authorize !== "public" && !user) return { ...failure("core.errors.signInRequired"), values };
  if (user?.mustChangePassword && !spec.allowWithExpiredPassword) {
    return { ...failure("core.errors.passwordChangeRequired"), values };
  }

  const parsed = spec.schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { ...failure("core.validation.checkFields"), fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  const admitted = admit(spec, user, parsed.data);
  if (!admitted.ok) return { ...failure(admitted.key), values };

  let result: FormState;
  try {
    // Email copies of notifications are queued in the action's own transaction (MailOutbox)
    // and sent by the mail worker, so no action ever waits on a mail server.
    result = await admitted.run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const descriptor = { key: error.key, ...(error.values ? { values: error.values } : {}) };
    return {
      ...failure(error.key, error.values),
      ...(error.field ? { fieldErrors: { [error.field]: [descriptor] } } : {}),
      values,
    };
  }
  // The mutation's transaction has committed: expire the pages that show what it changed, and
  // the signed-in home pages' cached copies, which show a little of everything (viewer-pages.ts).
  if (result.ok) {
    revalidateTargets(await admitted.targets());
    expireViewerCopies();
  }
  return result.ok ? result : { ...result, values };
}

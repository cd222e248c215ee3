import type { MessageDescriptor } from "@/lib/core/forms/form-state";

/**
 * An expected refusal (a rule of the domain, a lost race, a stale version): the action turns it
 * into a message for the form instead of an error page. Anything else is a bug and goes to
 * error.tsx.
 */
export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly values?: MessageDescriptor["values"],
    /** The form field the message belongs to, when there is one. */
    readonly field?: string,
  ) {
    super(key);
    this.name = "DomainError";
  }
}

/** PostgreSQL unique violation (Prisma P2002 or the raw driver code). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; meta?: { target?: unknown; constraint?: unknown }; message?: string };
  const unique = e?.code === "P2002" || e?.code === "23505";
  if (!unique || !constraint) return unique;
  return JSON.stringify(e.meta ?? {}).includes(constraint) || (e.message ?? "").includes(constraint);
}

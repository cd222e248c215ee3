import type { z } from "zod";

/**
 * A message for the user as a catalog key (a full path such as "core.validation.required") and its
 * values. Actions return keys, not text, so the form shows them in the visitor's language and
 * tests can assert on stable keys.
 */
export type MessageDescriptor = { key: string; values?: Record<string, string | number> };

/** The one result shape of every server action, shown by its form. */
export type FormState<V extends Record<string, unknown> = Record<string, string>> = {
  ok: boolean;
  message?: MessageDescriptor;
  fieldErrors?: Partial<Record<string, MessageDescriptor[]>>;
  /** What the user sent, echoed back so a refused form keeps its input. */
  values?: Partial<V>;
  /** Anything the page needs after success (a new id, a one-time link, …). */
  data?: Record<string, string | number | boolean | null>;
};

export const initialFormState: FormState = { ok: false };

export function success(key?: string, data?: FormState["data"]): FormState {
  return { ok: true, ...(key ? { message: { key } } : {}), ...(data ? { data } : {}) };
}

export function failure(
  key: string,
  values?: MessageDescriptor["values"],
  fieldErrors?: FormState["fieldErrors"],
): FormState {
  return {
    ok: false,
    message: { key, ...(values ? { values } : {}) },
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}

/** Maps zod issues to catalog keys in the "core.validation" namespace, per field. */
export function fieldErrorsFrom(error: z.ZodError): NonNullable<FormState["fieldErrors"]> {
  const result: NonNullable<FormState["fieldErrors"]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const described = describeIssue(issue);
    const list = (result[field] ??= []);
    // Several checks can fail with the same message ("too short" and "no digit"): say it once.
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(described)))
      list.push(described);
  }
  return result;
}

function describeIssue(issue: z.core.$ZodIssue): MessageDescriptor {
  // A schema may name its own message key, e.g. z.string().regex(x, "core.validation.mobile");
  // zod's own messages are sentences, never dotted keys.
  if (/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1
        ? { key: "core.validation.required" }
        : { key: "core.validation.tooSmall", values: { minimum: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "string"
        ? { key: "core.validation.tooLong", values: { maximum: Number(issue.maximum) } }
        : { key: "core.validation.tooBig", values: { maximum: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "core.validation.email" : "core.validation.format" };
    case "invalid_value":
      return { key: "core.validation.choice" };
    case "invalid_type":
      return {
        key:
          issue.input === undefined || issue.input === null
            ? "core.validation.required"
            : "core.validation.type",
      };
    default:
      return { key: "core.validation.invalid" };
  }
}

// Never echoed back: the page would carry them in its payload.
const secretField = /(password|token|secret)$/i;

/** The submitted text fields of a form, for echoing back (files, secrets and internals left out). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || secretField.test(name)) continue;
    values[name] = value.slice(0, 5000);
  }
  return values;
}

import compile from "icu-minify/compile";

// Messages sent to the browser are compiled ahead of time on the server (icu-minify, what
// next-intl's `messages.precompile` does), so the browser's copy of next-intl formats them with
// its small `format-only` runtime instead of shipping the ICU parser (about 9 KB gzip on every
// page). next.config.ts aliases use-intl's formatter for the browser; server rendering of
// client components formats the compiled messages through ./format-message.ts.

type Tree = { [key: string]: unknown };
const compiled = new Map<string, unknown>();

/** The same tree with each ICU message string compiled (and remembered: the catalogs are fixed). */
export function compileMessages<T extends Tree>(messages: T): T {
  const out: Tree = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") {
      let message = compiled.get(value);
      // Through JSON, as next-intl's loader does: the compiler's select/plural options are
      // null-prototype objects, which React refuses to pass to client components.
      if (message === undefined) compiled.set(value, (message = JSON.parse(JSON.stringify(compile(value)))));
      out[key] = message;
    } else if (typeof value === "object" && value !== null) out[key] = compileMessages(value as Tree);
    else out[key] = value;
  }
  return out as T;
}

// Error type of the migration tooling: failures the user can act on (bad input, a missing
// DATABASE_URL, a refused connection, a migration that does not apply) are MigrationErrors and are
// printed without a stack trace; anything else is a bug in the tooling and keeps its stack.

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Converts what the engine, pg or Node threw into a MigrationError when it is expected. */
export function toMigrationError(error: unknown, panicMessage = ""): Error {
  if (error instanceof MigrationError) return error;
  if (error instanceof WebAssembly.RuntimeError) {
    return new MigrationError(`The schema engine panicked: ${panicMessage || error.message}`);
  }
  if (!(error instanceof Error)) return new MigrationError(String(error));
  const code = (error as { code?: unknown }).code;
  const suffix = typeof code === "string" ? ` (${code})` : "";
  if (error.stack?.includes("wasm://") || /^P\d{4}$/.test(String(code))) {
    // Engine errors: drop the span trace ("   0: schema_engine_wasm::...") after the message.
    const message = error.message.split(/\n\s+0: /)[0]?.trim() || error.message;
    return new MigrationError(message + suffix);
  }
  if (suffix) return new MigrationError(error.message + suffix); // Node or pg: ECONNREFUSED, 3D000 ...
  return error;
}

/**
 * What any form's action may answer besides its own messages (lib/core/actions/run-action.ts):
 * not signed in, a password to change first, no unit, not allowed, the database too busy, and the
 * field errors of the shared zod schemas. `<ClientMessages forms …>` provides them.
 */
export const formMessages = [
  "core.errors.databaseBusy",
  "core.errors.forbidden",
  "core.errors.noUnit",
  "core.errors.passwordChangeRequired",
  "core.errors.signInRequired",
  "core.validation",
] as const;

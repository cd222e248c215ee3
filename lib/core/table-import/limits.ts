// Import limits the browser checks too (so no file over the server's body limit is ever sent).

/** Largest import file, in bytes; the server action's body limit (next.config.ts) is above it. */
export const maxFileBytes = 2 * 1024 * 1024;

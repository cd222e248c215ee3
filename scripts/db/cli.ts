// Shared plumbing for the scripts/db command-line entry points: read DATABASE_URL and turn
// failures into a one-line message and a non-zero exit code.
import { MigrationError } from "./schema-engine";

/** DATABASE_URL from the environment, or a MigrationError that says how to provide it. */
export function requireDatabaseUrl(purpose: string): string {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    throw new MigrationError(`DATABASE_URL is not set; it is needed ${purpose}.`);
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new MigrationError("DATABASE_URL must be a postgresql:// connection string.");
  }
  return url;
}

/**
 * Runs a command. Expected failures (MigrationError) print only their message; anything else is a
 * bug in the tooling and keeps its stack trace. Failures exit with 1 at once, because a failed
 * engine (e.g. after a panic) may leave connections open that would keep Node running.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      if (error instanceof MigrationError) console.error(`Error: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}

import { readFile } from "node:fs/promises";
import { runFile } from "./run-files";

/** Where tests/e2e/support/serve.ts keeps the app's output during a run. */
export const serverLogPath = runFile("server.log");

// Next.js marks errors it logs with "⨯"; anything unhandled also prints a stack frame.
const errorPattern = /⨯|Unhandled|unhandledRejection|^\s+at .+:\d+:\d+\)?$/m;

/** The log lines that show a server error, for the end-of-run check. */
export async function serverErrorLines(): Promise<string[]> {
  const text = await readFile(serverLogPath, "utf8").catch(() => "");
  return text.split("\n").filter((line) => errorPattern.test(line));
}

import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Files shared between the web server (serve.ts) and the specs of one run, outside Playwright's
 * output folder (which it empties) and keyed by port so parallel runs do not collide.
 */
export function runFile(name: string): string {
  const dir = join(tmpdir(), `runzhou-e2e-${process.env.E2E_PORT ?? "3210"}`);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

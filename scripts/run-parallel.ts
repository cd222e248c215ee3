// Runs npm scripts side by side and reports each one's output whole, once it has ended, so the
// log reads as if they had run one after another. Exits 1 if any of them failed.
// Used by `npm test` for the checks that share no state (lint, types, unit tests): each is mostly
// one process on one core, and two cores finish them in the time of the longest. (The integration
// tests were tried beside the end-to-end run, at a lower priority: starved of CPU, timing-bound
// tests failed.)
// Run: tsx scripts/run-parallel.ts <script> [<script> …]
import { spawn } from "node:child_process";

function run(script: string): Promise<{ script: string; code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn("npm", ["run", "-s", script], { env: { ...process.env, FORCE_COLOR: "1" } });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.once("close", (code) =>
      done({
        script,
        code: code ?? 1,
        output: Buffer.concat(chunks).toString(),
        seconds: (Date.now() - started) / 1_000,
      }),
    );
  });
}

const scripts = process.argv.slice(2);
const results = await Promise.all(
  scripts.map(async (script) => {
    const result = await run(script);
    const verdict = result.code === 0 ? "passed" : `FAILED (exit ${result.code})`;
    process.stdout.write(
      `\n== npm run ${script}: ${verdict} in ${result.seconds.toFixed(0)} s\n${result.output}`,
    );
    return result;
  }),
);
if (results.some((result) => result.code !== 0)) process.exitCode = 1;

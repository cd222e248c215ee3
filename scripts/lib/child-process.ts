// Child processes of `npm start` (next build, next start) and how to stop them.
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code; a death by signal N reports 128 + N, as shells do. */
  exited: Promise<number>;
}

/** Starts a command with the terminal attached, so its output (and Ctrl-C) reach it directly. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { stdio: "inherit", env });
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  return { process: child, exited };
}

/** Asks the child to stop (SIGTERM), and kills it when it has not exited after `graceMs`. */
export async function terminate(child: Child, graceMs = 10_000): Promise<number> {
  const { process: proc } = child;
  if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
  const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `url` until the server answers at all (any HTTP status); false if the child exits first. */
export async function waitUntilServing(url: string, child: Child, timeoutMs = 120_000): Promise<boolean> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (!exited && Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  return false;
}

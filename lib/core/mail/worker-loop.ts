import "server-only";
import { isDatabaseUnavailable } from "@/lib/core/database/limits";
import { deliverDueMail } from "./worker";

// Runs the mail worker inside the app server: instrumentation.ts starts it once per server
// process, whatever launched the server (npm start, next start, a custom server). Every
// MAIL_WORKER_INTERVAL_MS (default 5 s) it sends what is due; a pass never overlaps the next.
// MAIL_WORKER=off leaves sending to another process running the same loop.

const state = globalThis as { __mailWorker?: NodeJS.Timeout };

export function startMailWorker(env: Record<string, string | undefined> = process.env): void {
  if (state.__mailWorker || env.MAIL_WORKER === "off") return;
  const interval = Number(env.MAIL_WORKER_INTERVAL_MS) > 0 ? Number(env.MAIL_WORKER_INTERVAL_MS) : 5_000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueMail();
    } catch (error) {
      // The database being away is logged briefly; the next pass simply tries again.
      if (isDatabaseUnavailable(error)) console.warn("[mail] worker: database unavailable, will retry");
      else console.error("[mail] worker pass failed:", error);
    } finally {
      running = false;
    }
  };
  state.__mailWorker = setInterval(() => void tick(), interval);
  state.__mailWorker.unref();
}

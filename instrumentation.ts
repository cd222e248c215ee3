// Next calls register() once when a server process starts (next start, next dev, or a custom
// server). Background work that belongs to the server runs from here, Node.js runtime only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorker } = await import("./lib/core/mail/worker-loop");
  startMailWorker();
}

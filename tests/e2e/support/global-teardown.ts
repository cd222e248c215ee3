import { serverErrorLines } from "./server-log";

/** Every end-to-end run must leave the server log free of unhandled errors. */
export default async function globalTeardown() {
  const errors = await serverErrorLines();
  if (errors.length > 0) {
    throw new Error(
      `The app logged ${errors.length} error line(s) during the run:\n${errors.slice(0, 20).join("\n")}`,
    );
  }
}

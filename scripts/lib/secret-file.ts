// A secret generated once and kept in a file, so that it survives restarts: NEXTAUTH_SECRET signs
// the session cookies, and a new one on every start would sign everybody out.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Reads the secret in `file`, creating it (32 random bytes, base64url, mode 0600) when missing. */
export async function readOrCreateSecret(file: string): Promise<string> {
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "w" rather than "wx": an empty file (e.g. a failed earlier write) is simply replaced.
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

// Creating and dropping the uniquely named databases the tests run on.
import { randomBytes } from "node:crypto";
import { withClient } from "../../scripts/db/server-utils";
import { withDatabase } from "../../scripts/db/embedded-server";

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates a database (optionally as a copy of a migrated template) and returns its URL.
 * Copies from one template can collide when several test workers start together, so a busy
 * template is retried briefly.
 */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const sql = `CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await withClient(adminUrl, (client) => client.query(sql));
      return withDatabase(adminUrl, name);
    } catch (error) {
      const busy = /being accessed by other users/.test((error as Error).message);
      if (!busy || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

// `npm run db:backup` → backups/<database>-<UTC date and time>.dump
// `npm run db:restore -- <file> [--force]` → restores into the (empty) database.
// Both use DATABASE_URL, or the embedded database when it is unset (see target.ts).
import { resolve } from "node:path";
import { runCli } from "../cli";
import { MigrationError } from "../errors";
import { backupDatabase, restoreDatabase } from "./backup";
import { resolveTarget } from "./target";

const [command, ...rest] = process.argv.slice(2);

runCli(async () => {
  const target = await resolveTarget();
  try {
    if (command === "backup") {
      const dir = resolve(process.env.BACKUP_DIR || "backups");
      const file = await backupDatabase(target.url, dir);
      console.log(`Backup written: ${file}`);
    } else if (command === "restore") {
      const force = rest.includes("--force");
      const file = rest.find((arg) => !arg.startsWith("--"));
      if (!file) throw new MigrationError("usage: npm run db:restore -- <backup file> [--force]");
      await restoreDatabase(target.url, file, { force });
      console.log(`Restored ${file}. Run npm run db:migrate if the backup is older than the code.`);
    } else {
      throw new MigrationError(`unknown command ${command ?? ""}`);
    }
  } finally {
    await target.close();
  }
});

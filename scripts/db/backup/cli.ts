// `npm run db:backup [-- --format=pg_dump|portable]` → backups/<database>-<UTC date and time>.dump
//   (pg_dump's custom format) or .jsonl.gz (the portable format, used when no pg_dump fits).
// `npm run db:restore -- <file> [--force]` → restores either format into the (empty) database.
// Both use DATABASE_URL, or the embedded database when it is unset (see target.ts).
import { resolve } from "node:path";
import { runCli } from "../cli";
import { MigrationError } from "../errors";
import { backupDatabase, restoreDatabase, type BackupFormat } from "./backup";
import { resolveTarget } from "./target";

const USAGE =
  "usage: npm run db:backup [-- --format=auto|pg_dump|portable]\n" +
  "       npm run db:restore -- <backup file> [--force]";
const FORMATS: readonly BackupFormat[] = ["auto", "pg_dump", "portable"];

const [command, ...rest] = process.argv.slice(2);

function backupFormat(): BackupFormat {
  const option = rest.find((arg) => arg.startsWith("--format="));
  const format = (option?.slice("--format=".length) ?? "auto") as BackupFormat;
  if (!FORMATS.includes(format)) throw new MigrationError(`unknown format ${format}\n${USAGE}`);
  return format;
}

runCli(async () => {
  if (command !== "backup" && command !== "restore") throw new MigrationError(USAGE);
  // Arguments are checked before the embedded server is started for nothing.
  const format = command === "backup" ? backupFormat() : "auto";
  const file = rest.find((arg) => !arg.startsWith("--"));
  if (command === "restore" && !file) throw new MigrationError(USAGE);
  const target = await resolveTarget();
  try {
    if (command === "backup") {
      const dir = resolve(process.env.BACKUP_DIR || "backups");
      const written = await backupDatabase(target.url, dir, new Date(), format);
      console.log(`Backup written: ${written}`);
    } else {
      await restoreDatabase(target.url, file!, { force: rest.includes("--force") });
      console.log(`Restored ${file}. Run npm run db:migrate if the backup is older than the code.`);
    }
  } finally {
    await target.close();
  }
});

import { describe, expect, it } from "vitest";
import { backupFileName } from "./backup";
import { chooseTool, parseMajor, toolConnection } from "./pg-tools";

describe("choosing pg_dump / pg_restore for a server", () => {
  const tools = [
    { path: "/usr/bin/pg_dump", major: 15 },
    { path: "/opt/pg18/bin/pg_dump", major: 18 },
    { path: "/opt/pg17/bin/pg_dump", major: 17 },
  ];

  it("takes the same major version, else the oldest newer one, never an older one", () => {
    expect(chooseTool(tools, 15)?.path).toBe("/usr/bin/pg_dump");
    expect(chooseTool(tools, 16)?.path).toBe("/opt/pg17/bin/pg_dump");
    expect(chooseTool(tools, 18)?.path).toBe("/opt/pg18/bin/pg_dump");
    expect(chooseTool([tools[0]!], 18)).toBeUndefined();
  });

  it("reads the major version from --version", () => {
    expect(parseMajor("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)")).toBe(15);
    expect(parseMajor("pg_restore (PostgreSQL) 18.4")).toBe(18);
    expect(parseMajor("command not found")).toBeUndefined();
  });

  it("keeps the password off the command line", () => {
    const { dbname, env } = toolConnection("postgresql://postgres:s%40cret@127.0.0.1:5433/runzhou");
    expect(dbname).toBe("postgresql://postgres@127.0.0.1:5433/runzhou");
    expect(env.PGPASSWORD).toBe("s@cret");
  });

  it("names a backup by database and UTC minute, sortable by date", () => {
    expect(backupFileName("runzhou", new Date("2026-12-02T08:15:42Z"))).toBe("runzhou-2026-12-02T0815Z.dump");
    expect(backupFileName("a/b", new Date("2026-01-01T00:00:00Z"))).toBe("a_b-2026-01-01T0000Z.dump");
  });
});

import { db } from "@/lib/core/db";

/** True when the database answers a trivial query (for the health check). */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

import { db } from "@/lib/core/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability for monitors and the start script. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" });
  } catch {
    return Response.json({ status: "degraded", db: "down" }, { status: 503 });
  }
}

import { isDatabaseReachable } from "@/lib/core/database/health";

export const dynamic = "force-dynamic";

/** Liveness and database reachability for monitors and the start script. */
export async function GET() {
  if (await isDatabaseReachable()) return Response.json({ status: "ok", db: "ok" });
  return Response.json({ status: "degraded", db: "down" }, { status: 503 });
}

import { NextResponse } from "next/server";
import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { loadActivityViewer } from "@/lib/activities/participation/viewer";

const noStore = { "Cache-Control": "private, no-store" };

// The visitor's part of the cached public activity page (claim / join / withdraw); never cached.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<NextResponse> {
  const id = parseActivityId((await params).id);
  const viewer = id === null ? null : await loadActivityViewer(id);
  if (!viewer) return NextResponse.json({ error: "notFound" }, { status: 404, headers: noStore });
  return NextResponse.json({ viewer }, { headers: noStore });
}

import { NextResponse } from "next/server";
import { loadMeetingViewer } from "@/lib/meetings/viewer";

const noStore = { "Cache-Control": "private, no-store" };

// The visitor's view of the cached meeting page (a member's sections, a secretary's answer
// form, an admin's links); never cached. Unknown or malformed ids are 404.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<NextResponse> {
  const answer = await loadMeetingViewer((await params).id);
  if (!answer) return NextResponse.json({ error: "notFound" }, { status: 404, headers: noStore });
  return NextResponse.json(answer, { headers: noStore });
}

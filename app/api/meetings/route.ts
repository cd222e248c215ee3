import { NextResponse } from "next/server";
import { loadMembersMeetings } from "@/lib/meetings/viewer";

// The meetings list for members (the cached page lists only the public ones); never cached.
export async function GET(): Promise<NextResponse> {
  return NextResponse.json(
    { meetings: await loadMembersMeetings() },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

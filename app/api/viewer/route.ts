import { NextResponse } from "next/server";
import { loadViewer } from "@/lib/core/auth/viewer";

// The header's signed-in part (components/core/layout/viewer.tsx); never cached anywhere.
export async function GET(): Promise<NextResponse> {
  return NextResponse.json(
    { viewer: await loadViewer() },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

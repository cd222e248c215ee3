import { NextResponse, type NextRequest } from "next/server";
import { parseVenueId } from "@/lib/venues/public/filters";
import { loadVenueWeek } from "@/lib/venues/public/week-viewer";

const noStore = { "Cache-Control": "private, no-store" };

// The venue page's week of busy times and booking links for this viewer; never cached.
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<NextResponse> {
  const id = parseVenueId((await params).id);
  const week = id === null ? null : await loadVenueWeek(id, request.nextUrl.searchParams.get("week"));
  if (!week) return NextResponse.json({ error: "notFound" }, { status: 404, headers: noStore });
  return NextResponse.json({ week }, { headers: noStore });
}

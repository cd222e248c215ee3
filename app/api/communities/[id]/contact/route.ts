import { NextResponse } from "next/server";
import { parseCommunityId } from "@/lib/pairing/communities/community-id";
import { loadCommunityContact } from "@/lib/pairing/communities/contact-viewer";

const noStore = { "Cache-Control": "private, no-store" };

// The members-only contact of the cached public community page (its island); never cached.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<NextResponse> {
  const id = parseCommunityId((await params).id);
  const contact = id === null ? null : await loadCommunityContact(id);
  if (!contact) return NextResponse.json({ error: "notFound" }, { status: 404, headers: noStore });
  return NextResponse.json({ contact }, { headers: noStore });
}

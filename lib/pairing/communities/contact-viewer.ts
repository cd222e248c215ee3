import "server-only";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { getCommunityContact } from "./queries";

/** What the contact island shows: a member the contact, anybody else a hint to sign in. */
export type CommunityContactView = { allowed: false } | { allowed: true; name: string; phone: string };

/**
 * The visitor's view of a community's contact, for the island of the cached public page; null
 * for an unknown community. A user who must change their password first sees what a visitor sees.
 */
export async function loadCommunityContact(communityId: number): Promise<CommunityContactView | null> {
  const [contact, user] = await Promise.all([
    getCommunityContact(communityId),
    getCurrentUser().catch(() => null),
  ]);
  if (!contact) return null;
  if (!user || user.mustChangePassword || !can(user, "community.viewContact")) return { allowed: false };
  return { allowed: true, name: contact.contactName, phone: contact.contactPhone };
}

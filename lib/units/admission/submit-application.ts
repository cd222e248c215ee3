import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { hitRateLimit, pruneRateLimits, rateLimitKey } from "@/lib/core/security/rate-limit";
import { generateReference } from "./reference";
import type { ApplyInput } from "./schemas";

/** Applications one address may send per hour. */
export const joinLimit = { windowMs: 60 * 60 * 1000, max: 5 } as const;
export const joinIpKey = (ip: string) => rateLimitKey("join:ip", ip);

const openStatuses = ["PENDING", "NEEDS_INFO"] as const;

/** Friendly refusals when the organisation already applied or is a member already. */
async function refuseDuplicates(input: ApplyInput): Promise<void> {
  const [sameName, sameMobile, member] = await Promise.all([
    db.membershipApplication.findFirst({
      where: { orgName: { equals: input.orgName, mode: "insensitive" }, status: { in: [...openStatuses] } },
      select: { id: true },
    }),
    db.membershipApplication.findFirst({
      where: { mobile: input.mobile, status: { in: [...openStatuses] } },
      select: { id: true },
    }),
    db.unit.findFirst({
      where: { name: { equals: input.orgName, mode: "insensitive" } },
      select: { id: true },
    }),
  ]);
  if (member) throw new DomainError("units.admission.apply.alreadyMember", undefined, "orgName");
  if (sameName) throw new DomainError("units.admission.apply.duplicateName", undefined, "orgName");
  if (sameMobile) throw new DomainError("units.admission.apply.duplicateMobile", undefined, "mobile");
}

/**
 * Stores a new application (status PENDING) and returns its reference. The same open
 * organisation name or mobile is refused twice: by a friendly check first, and by the partial
 * unique indexes when two identical applications race.
 */
export async function submitApplication(input: ApplyInput, ip: string): Promise<{ reference: string }> {
  const key = joinIpKey(ip);
  // Every validated attempt counts, refused duplicates too: the limit is against floods. One
  // atomic statement counts and checks, so parallel posts cannot all slip under the limit.
  await pruneRateLimits(db);
  if (!(await hitRateLimit(db, key, joinLimit)).allowed)
    throw new DomainError("units.admission.apply.rateLimited");
  await refuseDuplicates(input);

  for (let attempt = 0; ; attempt++) {
    const reference = generateReference();
    try {
      await db.$transaction(async (tx) => {
        const created = await tx.membershipApplication.create({
          data: {
            reference,
            orgName: input.orgName,
            category: input.category,
            orgType: input.orgType,
            inDistrict: input.district === "IN",
            address: input.address,
            secretaryName: input.contactName,
            mobile: input.mobile,
            email: input.email,
            motivation: input.motivation,
          },
        });
        await recordAudit(tx, {
          actorId: null,
          action: "application.submit",
          entity: "MembershipApplication",
          entityId: created.id,
          after: created,
        });
      });
      return { reference };
    } catch (error) {
      if (isUniqueViolation(error, "MembershipApplication_open_orgName")) {
        throw new DomainError("units.admission.apply.duplicateName", undefined, "orgName");
      }
      if (isUniqueViolation(error, "MembershipApplication_open_mobile")) {
        throw new DomainError("units.admission.apply.duplicateMobile", undefined, "mobile");
      }
      // A reference drawn twice (one in ~900 million per year): draw again.
      if (isUniqueViolation(error, "MembershipApplication_reference_key") && attempt < 5) continue;
      throw error;
    }
  }
}

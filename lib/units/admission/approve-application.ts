import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { noPasswordHash } from "@/lib/core/auth/password";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { beijingToday } from "@/lib/core/time/beijing";
import {
  activationLink,
  activationTokenLifetimeMs,
  createRawToken,
  hashToken,
} from "@/lib/units/admission/activation/tokens";
import { queueApprovalMail } from "./approval-mail";
import { claimOpenApplication } from "./decide-application";
import type { ApproveInput } from "./schemas";

export type Approval = {
  unit: { id: number; name: string; slug: string };
  secretary: { id: number; name: string; login: string; email: string };
  /** The one-time activation token, in plain text only here: the database keeps its hash. */
  token: string;
  /** The activation link (on `origin`) to show the admin once. */
  link: string;
  /** Whether the link was queued for the secretary by email (mail configured). */
  mailQueued: boolean;
};

// Unique indexes a concurrent change could hit, and the form field each belongs to.
const uniqueFields: Array<[constraint: string, key: string, field: string]> = [
  ["Unit_name_key", "units.admission.review.nameTaken", "name"],
  ["Unit_slug_key", "units.admission.review.slugTaken", "slug"],
  ["User_login_key", "units.admission.review.loginTaken", "slug"],
  ["User_mobile_key", "units.admission.review.mobileTaken", "mobile"],
];

async function refuseTaken(tx: Tx, input: ApproveInput) {
  // One after the other: a transaction's queries share one connection.
  const checks = [
    () =>
      tx.unit.findFirst({
        where: { name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      }),
    () => tx.unit.findUnique({ where: { slug: input.slug }, select: { id: true } }),
    () => tx.user.findUnique({ where: { login: input.slug }, select: { id: true } }),
    () => tx.user.findUnique({ where: { mobile: input.mobile }, select: { id: true } }),
  ];
  for (const [index, check] of checks.entries()) {
    if (await check()) {
      const [, key, field] = uniqueFields[index]!;
      throw new DomainError(key, undefined, field);
    }
  }
}

/**
 * Admits the organisation, all or nothing: creates the unit, its primary secretary (no password
 * yet) and an activation token, marks the application approved and writes the audit records;
 * the activation email is queued in the same transaction (sent by the mail worker).
 */
export async function approveApplication(
  actorId: number,
  input: ApproveInput,
  origin: string,
  now = new Date(),
): Promise<Approval> {
  const token = createRawToken();
  const link = activationLink(origin, token);
  try {
    return await db.$transaction(async (tx) => {
      const application = await claimOpenApplication(tx, input, {});
      await refuseTaken(tx, input);
      const unit = await tx.unit.create({
        data: {
          name: input.name,
          shortName: input.shortName,
          slug: input.slug,
          category: application.category,
          orgType: application.orgType,
          inDistrict: application.inDistrict,
          address: application.address,
          contactName: application.secretaryName,
          contactPhone: input.mobile,
          joinedOn: beijingToday(now),
        },
      });
      const secretary = await tx.user.create({
        data: {
          login: input.slug,
          name: application.secretaryName,
          mobile: input.mobile,
          email: application.email,
          passwordHash: noPasswordHash,
          role: "SECRETARY",
          unitRole: "PRIMARY",
          unitId: unit.id,
        },
        select: { id: true, login: true, name: true, mobile: true, email: true, role: true, unitRole: true },
      });
      await tx.membershipApplication.update({
        where: { id: application.id },
        data: { status: "APPROVED", unitId: unit.id, decidedById: actorId, decidedAt: now },
      });
      const issued = await tx.accountToken.create({
        data: {
          userId: secretary.id,
          purpose: "ACTIVATION",
          tokenHash: hashToken(token),
          expiresAt: new Date(now.getTime() + activationTokenLifetimeMs),
          createdById: actorId,
        },
        select: { id: true, userId: true, purpose: true, expiresAt: true },
      });
      const audit = { actorId, unitId: unit.id };
      await recordAudit(tx, {
        ...audit,
        action: "application.approve",
        entity: "MembershipApplication",
        entityId: application.id,
        before: { status: application.status },
        after: { status: "APPROVED", unitId: unit.id },
      });
      await recordAudit(tx, {
        ...audit,
        action: "unit.create",
        entity: "Unit",
        entityId: unit.id,
        after: unit,
      });
      await recordAudit(tx, {
        ...audit,
        action: "user.create",
        entity: "User",
        entityId: secretary.id,
        after: secretary,
      });
      await recordAudit(tx, {
        ...audit,
        action: "accountToken.issue",
        entity: "AccountToken",
        entityId: issued.id,
        after: issued,
      });
      const approved = {
        unit: { id: unit.id, name: unit.name, slug: unit.slug },
        secretary: {
          id: secretary.id,
          name: secretary.name,
          login: secretary.login,
          email: application.email,
        },
      };
      const mailQueued = await queueApprovalMail(tx, approved, link);
      return { ...approved, token, link, mailQueued };
    });
  } catch (error) {
    const clash = uniqueFields.find(([constraint]) => isUniqueViolation(error, constraint));
    if (clash) throw new DomainError(clash[1], undefined, clash[2]);
    throw error;
  }
}

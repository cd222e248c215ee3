import "server-only";
import { db } from "@/lib/core/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import { normaliseReference } from "./reference";

export const applicationStatuses: ApplicationStatus[] = ["PENDING", "NEEDS_INFO", "APPROVED", "REJECTED"];

export function parseStatusFilter(raw: unknown): ApplicationStatus | null {
  return typeof raw === "string" && (applicationStatuses as string[]).includes(raw)
    ? (raw as ApplicationStatus)
    : null;
}

/**
 * Applications for the review list: open ones first (the enum's order is PENDING, NEEDS_INFO,
 * APPROVED, REJECTED), oldest first within a status so nobody waits longest unseen.
 */
export function listApplications(status: ApplicationStatus | null) {
  return db.membershipApplication.findMany({
    where: status ? { status } : {},
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      reference: true,
      orgName: true,
      category: true,
      secretaryName: true,
      status: true,
      createdAt: true,
    },
  });
}

export function countOpenApplications() {
  return db.membershipApplication.count({ where: { status: { in: ["PENDING", "NEEDS_INFO"] } } });
}

/** Everything an admin needs to decide, with who decided and the unit it became. */
export function getApplication(id: number) {
  return db.membershipApplication.findUnique({
    where: { id },
    include: {
      decidedBy: { select: { name: true } },
      unit: { select: { name: true, slug: true } },
    },
  });
}

/** What the applicant may see, only when both the reference and the mobile match. */
export async function findApplicationStatus(rawReference: string, mobile: string) {
  const reference = normaliseReference(rawReference);
  if (!reference) return null;
  const application = await db.membershipApplication.findUnique({
    where: { reference },
    select: {
      reference: true,
      orgName: true,
      mobile: true,
      status: true,
      adminMessage: true,
      applicantReply: true,
      version: true,
      createdAt: true,
      decidedAt: true,
    },
  });
  if (!application || application.mobile !== mobile) return null;
  return application;
}

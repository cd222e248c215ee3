// Test data for membership admission: applications and one-time account tokens.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRawToken, hashToken } from "@/lib/units/admission/activation/tokens";
import { generateReference } from "@/lib/units/admission/reference";
import { uniqueSuffix } from "./index";

export function uniqueApplicantMobile(): string {
  return `18${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
}

/** Valid fields of the public application form, unique per call. */
export function applicationFields(overrides: Record<string, string> = {}): Record<string, string> {
  const suffix = uniqueSuffix();
  return {
    orgName: `申请单位${suffix}团委`,
    category: "NEW_ORGANISATION",
    orgType: "COMMITTEE",
    district: "IN",
    address: "润州区某某路 1 号",
    contactName: `申请人${suffix.slice(-4)}`,
    mobile: uniqueApplicantMobile(),
    email: `sec-${suffix}@example.com`,
    motivation: "希望与其他单位共建共享，参与青年志愿服务。",
    ...overrides,
  };
}

export async function createApplication(
  overrides: Partial<Prisma.MembershipApplicationUncheckedCreateInput> = {},
) {
  const fields = applicationFields();
  return db.membershipApplication.create({
    data: {
      reference: generateReference(),
      orgName: fields.orgName!,
      category: "NEW_ORGANISATION",
      orgType: "COMMITTEE",
      inDistrict: true,
      address: fields.address!,
      secretaryName: fields.contactName!,
      mobile: fields.mobile!,
      email: fields.email!,
      motivation: fields.motivation!,
      ...overrides,
    },
  });
}

/** Fields of the approve form for an application, with a fresh slug and mobile. */
export function approveFields(application: { id: number; version: number; orgName: string }) {
  const suffix = uniqueSuffix();
  return {
    id: String(application.id),
    version: String(application.version),
    name: application.orgName,
    shortName: `新单位${suffix.slice(-4)}`,
    slug: `new-unit-${suffix}`,
    mobile: uniqueApplicantMobile(),
  };
}

/** A one-time token for the user; returns the raw token, as it would appear in the link. */
export async function createAccountToken(
  userId: number,
  overrides: Partial<Prisma.AccountTokenUncheckedCreateInput> = {},
): Promise<string> {
  const token = createRawToken();
  await db.accountToken.create({
    data: {
      userId,
      purpose: "ACTIVATION",
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      ...overrides,
    },
  });
  return token;
}

import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { CreateYearInput, PublishYearInput, UpdateYearInput } from "./schemas";

// A year's list: created as a draft, edited, published (visible at /plan) or taken back.

export async function createPlanYear(actorId: number, input: CreateYearInput): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.planYear.create({
        data: {
          year: input.year,
          title: input.title,
          maxLeadsPerUnit: input.maxLeadsPerUnit,
          releaseDeadline: input.releaseDeadline ?? null,
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "planYear.create",
        entity: "PlanYear",
        entityId: created.year,
        after: created,
      });
    });
  } catch (error) {
    // Two admins creating the same year: the second one is told, not shown an error page.
    if (isUniqueViolation(error)) throw new DomainError("activities.admin.yearExists", undefined, "year");
    throw error;
  }
}

/** Compare-and-set on updatedAt: an edit made from a stale page is refused. */
function versionDate(version: string): Date {
  const date = new Date(version);
  if (Number.isNaN(date.getTime())) throw new DomainError("core.errors.staleVersion");
  return date;
}

export async function updatePlanYear(actorId: number, input: UpdateYearInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.planYear.findUnique({ where: { year: input.year } });
    if (!before) throw new DomainError("activities.admin.yearNotFound");
    const { count } = await tx.planYear.updateMany({
      where: { year: input.year, updatedAt: versionDate(input.version) },
      data: {
        title: input.title,
        maxLeadsPerUnit: input.maxLeadsPerUnit,
        releaseDeadline: input.releaseDeadline ?? null,
      },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    const after = await tx.planYear.findUniqueOrThrow({ where: { year: input.year } });
    await recordAudit(tx, {
      actorId,
      action: "planYear.update",
      entity: "PlanYear",
      entityId: input.year,
      before,
      after,
    });
  });
}

export async function setPlanYearPublished(
  actorId: number,
  input: PublishYearInput,
  publish: boolean,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.planYear.updateMany({
      where: {
        year: input.year,
        updatedAt: versionDate(input.version),
        status: publish ? "DRAFT" : "PUBLISHED",
      },
      data: publish
        ? { status: "PUBLISHED", publishedAt: new Date() }
        : { status: "DRAFT", publishedAt: null },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    await recordAudit(tx, {
      actorId,
      action: publish ? "planYear.publish" : "planYear.unpublish",
      entity: "PlanYear",
      entityId: input.year,
    });
  });
}

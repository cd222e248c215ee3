// Re-exported so pure modules and their tests need not load the Prisma runtime.
import type { CommitmentRecordStatus } from "@/lib/generated/prisma/enums";

export type { ActivityStatus, Commitment, CommitmentRecordStatus } from "@/lib/generated/prisma/enums";

/**
 * Where a unit stands on one commitment: the best of its records' review statuses, or "in
 * progress" while an activity that will count is under way, or "not started".
 */
export type CommitmentStatus = "NOT_STARTED" | "IN_PROGRESS" | CommitmentRecordStatus;

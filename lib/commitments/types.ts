// Re-exported so pure modules and their tests need not load the Prisma runtime.
export type { ActivityStatus, Commitment } from "@/lib/generated/prisma/enums";
export type CommitmentStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE";

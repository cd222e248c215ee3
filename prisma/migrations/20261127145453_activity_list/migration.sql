-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('JOINED', 'WAITLISTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('SUBMITTED', 'NEEDS_FIX', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ACTIVITY_JOINED', 'ACTIVITY_WITHDRAWN', 'WAITLIST_PROMOTED', 'CLAIM_CONFIRMED', 'CLAIM_REASSIGNED', 'ACTIVITY_CHANGED', 'ACTIVITY_CANCELLED', 'REPORT_NEEDS_FIX');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "cancelReason" VARCHAR(500) NOT NULL DEFAULT '',
ADD COLUMN     "claimedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PlanYear" ADD COLUMN     "releaseDeadline" DATE;

-- CreateTable
CREATE TABLE "Participation" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "headcount" INTEGER NOT NULL,
    "status" "ParticipationStatus" NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityReport" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "actualDate" DATE NOT NULL,
    "volunteerCount" INTEGER NOT NULL,
    "serviceHours" DECIMAL(8,1) NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "fixRequest" VARCHAR(1000) NOT NULL DEFAULT '',
    "submittedById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActivityReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportParticipant" (
    "reportId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "corrected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ReportParticipant_pkey" PRIMARY KEY ("reportId","unitId")
);

-- CreateTable
CREATE TABLE "ReportResult" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "label" VARCHAR(60) NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "unit" VARCHAR(20) NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPhoto" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "data" BYTEA NOT NULL,
    "caption" VARCHAR(200) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentRecord" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "commitment" "Commitment" NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "CommitmentStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "communityId" INTEGER,
    "roster" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitmentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "activityId" INTEGER,
    "values" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Participation_activityId_status_id_idx" ON "Participation"("activityId", "status", "id");

-- CreateIndex
CREATE INDEX "Participation_unitId_idx" ON "Participation"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityReport_activityId_key" ON "ActivityReport"("activityId");

-- CreateIndex
CREATE INDEX "ReportResult_reportId_idx" ON "ReportResult"("reportId");

-- CreateIndex
CREATE INDEX "ReportPhoto_reportId_idx" ON "ReportPhoto"("reportId");

-- CreateIndex
CREATE INDEX "CheckIn_activityId_unitId_idx" ON "CheckIn"("activityId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_activityId_userId_key" ON "CheckIn"("activityId", "userId");

-- CreateIndex
CREATE INDEX "CommitmentRecord_unitId_year_idx" ON "CommitmentRecord"("unitId", "year");

-- CreateIndex
CREATE INDEX "CommitmentRecord_year_commitment_idx" ON "CommitmentRecord"("year", "commitment");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportParticipant" ADD CONSTRAINT "ReportParticipant_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ActivityReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportParticipant" ADD CONSTRAINT "ReportParticipant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportResult" ADD CONSTRAINT "ReportResult_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ActivityReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPhoto" ADD CONSTRAINT "ReportPhoto_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ActivityReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecord" ADD CONSTRAINT "CommitmentRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecord" ADD CONSTRAINT "CommitmentRecord_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: rules Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------------------------

-- One live hand-raise per unit and activity; withdrawn rows stay as history.
CREATE UNIQUE INDEX "Participation_one_live_per_unit" ON "Participation" ("activityId", "unitId")
    WHERE "status" <> 'WITHDRAWN';
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_headcount_check" CHECK ("headcount" BETWEEN 1 AND 500);
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_withdrawn_check"
    CHECK (("status" = 'WITHDRAWN') = ("withdrawnAt" IS NOT NULL));

ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_numbers_check"
    CHECK ("volunteerCount" >= 0 AND "volunteerCount" <= 100000 AND "serviceHours" >= 0);
ALTER TABLE "ReportParticipant" ADD CONSTRAINT "ReportParticipant_count_check" CHECK ("count" BETWEEN 0 AND 100000);
ALTER TABLE "ReportPhoto" ADD CONSTRAINT "ReportPhoto_size_check" CHECK (octet_length("data") <= 2097152);

ALTER TABLE "CommitmentRecord" ADD CONSTRAINT "CommitmentRecord_year_check" CHECK ("year" BETWEEN 2000 AND 2100);

-- A cancelled activity says why.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_cancel_reason_check"
    CHECK ("status" <> 'CANCELLED' OR char_length("cancelReason") > 0);
-- An activity that has a lead is past "planned"; an unclaimed one can only be planned or cancelled.
UPDATE "Activity" SET "status" = 'CLAIMED' WHERE "leadUnitId" IS NOT NULL AND "status" = 'PLANNED';
UPDATE "Activity" SET "status" = 'PLANNED' WHERE "leadUnitId" IS NULL AND "status" NOT IN ('PLANNED', 'CANCELLED');
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_lead_status_check"
    CHECK (("leadUnitId" IS NULL AND "status" IN ('PLANNED', 'CANCELLED')) OR ("leadUnitId" IS NOT NULL AND "status" <> 'PLANNED'));

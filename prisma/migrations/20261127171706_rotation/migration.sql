-- CreateEnum
CREATE TYPE "RotationScheduleStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "RotationSwapStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'APPROVED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RotationReminderKind" AS ENUM ('DAYS_14', 'DAYS_3');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'ROTATION_PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'ROTATION_DUTY_SOON';
ALTER TYPE "NotificationKind" ADD VALUE 'ROTATION_SWAP_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'ROTATION_SWAP_ANSWERED';
ALTER TYPE "NotificationKind" ADD VALUE 'ROTATION_SWAP_DECIDED';

-- CreateTable
CREATE TABLE "RotationYear" (
    "year" INTEGER NOT NULL,
    "dutyMonths" INTEGER[],
    "defaultTimes" INTEGER NOT NULL DEFAULT 1,
    "preferenceDeadline" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RotationYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "RotationUnitSetting" (
    "year" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "preferences" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "blackouts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "times" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RotationUnitSetting_pkey" PRIMARY KEY ("year","unitId")
);

-- CreateTable
CREATE TABLE "RotationPair" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "unitAId" INTEGER NOT NULL,
    "unitBId" INTEGER NOT NULL,

    CONSTRAINT "RotationPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationSchedule" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "RotationScheduleStatus" NOT NULL DEFAULT 'DRAFT',
    "basedOnNumber" INTEGER,
    "cost" JSONB NOT NULL DEFAULT '{}',
    "createdById" INTEGER NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RotationSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationAssignment" (
    "scheduleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,

    CONSTRAINT "RotationAssignment_pkey" PRIMARY KEY ("scheduleId","unitId","month")
);

-- CreateTable
CREATE TABLE "RotationSwap" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "fromUnitId" INTEGER NOT NULL,
    "fromMonth" INTEGER NOT NULL,
    "toUnitId" INTEGER NOT NULL,
    "toMonth" INTEGER NOT NULL,
    "status" "RotationSwapStatus" NOT NULL DEFAULT 'REQUESTED',
    "note" VARCHAR(500) NOT NULL DEFAULT '',
    "answerNote" VARCHAR(500) NOT NULL DEFAULT '',
    "requestedById" INTEGER NOT NULL,
    "answeredById" INTEGER,
    "decidedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RotationSwap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationReminder" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "kind" "RotationReminderKind" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RotationReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RotationUnitSetting_unitId_idx" ON "RotationUnitSetting"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "RotationPair_year_unitAId_unitBId_key" ON "RotationPair"("year", "unitAId", "unitBId");

-- CreateIndex
CREATE UNIQUE INDEX "RotationSchedule_year_number_key" ON "RotationSchedule"("year", "number");

-- CreateIndex
CREATE INDEX "RotationAssignment_scheduleId_month_idx" ON "RotationAssignment"("scheduleId", "month");

-- CreateIndex
CREATE INDEX "RotationSwap_scheduleId_status_idx" ON "RotationSwap"("scheduleId", "status");

-- CreateIndex
CREATE INDEX "RotationSwap_fromUnitId_idx" ON "RotationSwap"("fromUnitId");

-- CreateIndex
CREATE INDEX "RotationSwap_toUnitId_idx" ON "RotationSwap"("toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "RotationReminder_scheduleId_unitId_month_kind_key" ON "RotationReminder"("scheduleId", "unitId", "month", "kind");

-- AddForeignKey
ALTER TABLE "RotationUnitSetting" ADD CONSTRAINT "RotationUnitSetting_year_fkey" FOREIGN KEY ("year") REFERENCES "RotationYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationUnitSetting" ADD CONSTRAINT "RotationUnitSetting_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPair" ADD CONSTRAINT "RotationPair_year_fkey" FOREIGN KEY ("year") REFERENCES "RotationYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPair" ADD CONSTRAINT "RotationPair_unitAId_fkey" FOREIGN KEY ("unitAId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPair" ADD CONSTRAINT "RotationPair_unitBId_fkey" FOREIGN KEY ("unitBId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSchedule" ADD CONSTRAINT "RotationSchedule_year_fkey" FOREIGN KEY ("year") REFERENCES "RotationYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSchedule" ADD CONSTRAINT "RotationSchedule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationAssignment" ADD CONSTRAINT "RotationAssignment_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "RotationSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationAssignment" ADD CONSTRAINT "RotationAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "RotationSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationReminder" ADD CONSTRAINT "RotationReminder_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "RotationSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationReminder" ADD CONSTRAINT "RotationReminder_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written constraints (Prisma cannot express these).

-- A list of months: each 1..12, none twice.
CREATE FUNCTION "rotation_months_valid"(months integer[]) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(bool_and(m BETWEEN 1 AND 12), true) AND count(*) = count(DISTINCT m)
  FROM unnest(months) AS m
$$;

ALTER TABLE "RotationYear"
  ADD CONSTRAINT "RotationYear_dutyMonths_check" CHECK ("rotation_months_valid"("dutyMonths")),
  ADD CONSTRAINT "RotationYear_defaultTimes_check" CHECK ("defaultTimes" BETWEEN 0 AND 12);

ALTER TABLE "RotationUnitSetting"
  ADD CONSTRAINT "RotationUnitSetting_preferences_check" CHECK ("rotation_months_valid"(preferences)),
  ADD CONSTRAINT "RotationUnitSetting_blackouts_check" CHECK ("rotation_months_valid"(blackouts)),
  ADD CONSTRAINT "RotationUnitSetting_times_check" CHECK (times IS NULL OR times BETWEEN 0 AND 12);

ALTER TABLE "RotationPair"
  ADD CONSTRAINT "RotationPair_order_check" CHECK ("unitAId" < "unitBId");

ALTER TABLE "RotationSchedule"
  ADD CONSTRAINT "RotationSchedule_number_check" CHECK (number >= 1);

-- One draft and one published version per year: two admins generating at once end with one draft.
CREATE UNIQUE INDEX "RotationSchedule_one_draft" ON "RotationSchedule" (year) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX "RotationSchedule_one_published" ON "RotationSchedule" (year) WHERE status = 'PUBLISHED';

ALTER TABLE "RotationAssignment"
  ADD CONSTRAINT "RotationAssignment_month_check" CHECK (month BETWEEN 1 AND 12);

ALTER TABLE "RotationSwap"
  ADD CONSTRAINT "RotationSwap_months_check" CHECK ("fromMonth" BETWEEN 1 AND 12 AND "toMonth" BETWEEN 1 AND 12),
  ADD CONSTRAINT "RotationSwap_units_check" CHECK ("fromUnitId" <> "toUnitId");

-- A duty month can be offered in one open swap at a time.
CREATE UNIQUE INDEX "RotationSwap_one_open_per_duty" ON "RotationSwap" ("scheduleId", "fromUnitId", "fromMonth")
  WHERE status IN ('REQUESTED', 'ACCEPTED');

ALTER TABLE "RotationReminder"
  ADD CONSTRAINT "RotationReminder_month_check" CHECK (month BETWEEN 1 AND 12);

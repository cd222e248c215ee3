-- CreateEnum
CREATE TYPE "CommitmentRecordStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'CONFIRMED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'COMMITMENT_CONFIRMED';
ALTER TYPE "NotificationKind" ADD VALUE 'COMMITMENT_RETURNED';

-- AlterTable (hand-edited: existing records get a date and a review status instead of failing)
ALTER TABLE "CommitmentRecord" ADD COLUMN     "activityId" INTEGER,
ADD COLUMN     "meetingId" INTEGER,
ADD COLUMN     "occurredOn" DATE,
ADD COLUMN     "reviewNote" VARCHAR(1000) NOT NULL DEFAULT '',
ADD COLUMN     "reviewedAt" TIMESTAMPTZ(3),
ALTER COLUMN "description" DROP DEFAULT,
ADD COLUMN     "reviewStatus" "CommitmentRecordStatus" NOT NULL DEFAULT 'SUBMITTED';

-- Records typed before review existed: the day they were written (or the year's last day when
-- written in another year); a record typed as done now waits for review, one typed as not
-- started or in progress goes back to its unit with a note asking for the evidence.
UPDATE "CommitmentRecord" SET
  "occurredOn" = CASE WHEN EXTRACT(YEAR FROM ("createdAt" AT TIME ZONE 'Asia/Shanghai')) = "year"
                      THEN ("createdAt" AT TIME ZONE 'Asia/Shanghai')::date
                      ELSE make_date("year", 12, 31) END,
  "description" = CASE WHEN btrim("description") = '' THEN "title" ELSE "description" END,
  "reviewStatus" = CASE WHEN "status"::text = 'DONE' THEN 'SUBMITTED' ELSE 'RETURNED' END::"CommitmentRecordStatus",
  "reviewNote" = CASE WHEN "status"::text = 'DONE' THEN ''
                      ELSE '记录尚未完成：请补充完成日期和证据后重新提交。' END,
  "reviewedAt" = CASE WHEN "status"::text = 'DONE' THEN NULL ELSE now() END;

ALTER TABLE "CommitmentRecord" ALTER COLUMN "occurredOn" SET NOT NULL,
DROP COLUMN "status";
ALTER TABLE "CommitmentRecord" RENAME COLUMN "reviewStatus" TO "status";

-- DropEnum
DROP TYPE "CommitmentStatus";

-- CreateTable
CREATE TABLE "CommitmentPhoto" (
    "id" SERIAL NOT NULL,
    "recordId" INTEGER NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommitmentPhoto_recordId_idx" ON "CommitmentPhoto"("recordId");

-- CreateIndex
CREATE INDEX "CommitmentRecord_status_updatedAt_idx" ON "CommitmentRecord"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "CommitmentRecord_activityId_idx" ON "CommitmentRecord"("activityId");

-- CreateIndex
CREATE INDEX "CommitmentRecord_meetingId_idx" ON "CommitmentRecord"("meetingId");

-- AddForeignKey
ALTER TABLE "CommitmentRecord" ADD CONSTRAINT "CommitmentRecord_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecord" ADD CONSTRAINT "CommitmentRecord_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentPhoto" ADD CONSTRAINT "CommitmentPhoto_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "CommitmentRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules that Prisma's schema language cannot express.
ALTER TABLE "CommitmentRecord"
  ADD CONSTRAINT "CommitmentRecord_occurredOn_year_check" CHECK (EXTRACT(YEAR FROM "occurredOn") = "year"),
  ADD CONSTRAINT "CommitmentRecord_description_check" CHECK (length(btrim("description")) > 0),
  ADD CONSTRAINT "CommitmentRecord_returned_note_check" CHECK ("status" <> 'RETURNED' OR length(btrim("reviewNote")) > 0),
  ADD CONSTRAINT "CommitmentRecord_reviewed_check" CHECK (("status" = 'SUBMITTED') OR "reviewedAt" IS NOT NULL),
  ADD CONSTRAINT "CommitmentRecord_one_link_check" CHECK ("activityId" IS NULL OR "meetingId" IS NULL),
  ADD CONSTRAINT "CommitmentRecord_version_check" CHECK ("version" >= 0);
ALTER TABLE "CommitmentPhoto"
  ADD CONSTRAINT "CommitmentPhoto_size_check" CHECK (octet_length("data") <= 2097152),
  ADD CONSTRAINT "CommitmentPhoto_type_check" CHECK ("contentType" IN ('image/png', 'image/jpeg', 'image/webp'));

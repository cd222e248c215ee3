-- CreateEnum
CREATE TYPE "RsvpResponse" AS ENUM ('PENDING', 'ATTEND', 'DELEGATE', 'EXCUSED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'DELEGATE', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "AttendanceMethod" AS ENUM ('QR_CODE', 'ADMIN');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "MinutesVisibility" AS ENUM ('MEMBERS', 'PUBLIC');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'MEETING_INVITED';
ALTER TYPE "NotificationKind" ADD VALUE 'MEETING_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'MEETING_CANCELLED';
ALTER TYPE "NotificationKind" ADD VALUE 'MEETING_REMINDER';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'DECISION_ASSIGNED';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cancelReason" VARCHAR(500) NOT NULL DEFAULT '',
ADD COLUMN     "venueId" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "meetingId" INTEGER;

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "response" "RsvpResponse" NOT NULL DEFAULT 'PENDING',
    "delegateName" VARCHAR(60) NOT NULL DEFAULT '',
    "excuseReason" VARCHAR(500) NOT NULL DEFAULT '',
    "respondedAt" TIMESTAMPTZ(3),
    "respondedById" INTEGER,
    "lastRemindedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" VARCHAR(200) NOT NULL,
    "presenterUnitId" INTEGER,
    "durationMinutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaAttachment" (
    "id" SERIAL NOT NULL,
    "agendaItemId" INTEGER NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "contentType" VARCHAR(120) NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaAmendment" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "actorId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "headcount" INTEGER NOT NULL DEFAULT 0,
    "method" "AttendanceMethod" NOT NULL,
    "recordedById" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","unitId")
);

-- CreateTable
CREATE TABLE "MeetingMinutes" (
    "meetingId" INTEGER NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "visibility" "MinutesVisibility" NOT NULL DEFAULT 'MEMBERS',
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingMinutes_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "meetingId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "baseNumber" INTEGER,
    "restoredFrom" INTEGER,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesVersion_pkey" PRIMARY KEY ("meetingId","number")
);

-- CreateTable
CREATE TABLE "MinutesDraft" (
    "meetingId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "baseNumber" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MinutesDraft_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "MinutesErratum" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesErratum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" VARCHAR(300) NOT NULL,
    "ownerUnitId" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionUpdate" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "fromStatus" "DecisionStatus" NOT NULL,
    "toStatus" "DecisionStatus" NOT NULL,
    "note" VARCHAR(1000) NOT NULL,
    "actorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingInvitation_unitId_idx" ON "MeetingInvitation"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_unitId_key" ON "MeetingInvitation"("meetingId", "unitId");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaAttachment_agendaItemId_idx" ON "AgendaAttachment"("agendaItemId");

-- CreateIndex
CREATE INDEX "AgendaAmendment_meetingId_createdAt_idx" ON "AgendaAmendment"("meetingId", "createdAt");

-- CreateIndex
CREATE INDEX "MeetingAttendance_unitId_idx" ON "MeetingAttendance"("unitId");

-- CreateIndex
CREATE INDEX "MinutesErratum_meetingId_createdAt_idx" ON "MinutesErratum"("meetingId", "createdAt");

-- CreateIndex
CREATE INDEX "Decision_ownerUnitId_status_idx" ON "Decision"("ownerUnitId", "status");

-- CreateIndex
CREATE INDEX "Decision_status_dueOn_idx" ON "Decision"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "DecisionUpdate_decisionId_createdAt_idx" ON "DecisionUpdate"("decisionId", "createdAt");

-- CreateIndex
CREATE INDEX "Meeting_venueId_idx" ON "Meeting"("venueId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterUnitId_fkey" FOREIGN KEY ("presenterUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaAttachment" ADD CONSTRAINT "AgendaAttachment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaAttachment" ADD CONSTRAINT "AgendaAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaAmendment" ADD CONSTRAINT "AgendaAmendment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaAmendment" ADD CONSTRAINT "AgendaAmendment_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMinutes" ADD CONSTRAINT "MeetingMinutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMinutes" ADD CONSTRAINT "MeetingMinutes_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesDraft" ADD CONSTRAINT "MinutesDraft_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesDraft" ADD CONSTRAINT "MinutesDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesErratum" ADD CONSTRAINT "MinutesErratum_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesErratum" ADD CONSTRAINT "MinutesErratum_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionUpdate" ADD CONSTRAINT "DecisionUpdate_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionUpdate" ADD CONSTRAINT "DecisionUpdate_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written constraints (Prisma cannot express these).

ALTER TABLE "Meeting"
  ADD CONSTRAINT "Meeting_cancelReason_check" CHECK (status <> 'CANCELLED' OR length(btrim("cancelReason")) > 0),
  ADD CONSTRAINT "Meeting_version_check" CHECK (version >= 0);

ALTER TABLE "MeetingInvitation"
  ADD CONSTRAINT "MeetingInvitation_delegate_check" CHECK (response <> 'DELEGATE' OR length(btrim("delegateName")) > 0),
  ADD CONSTRAINT "MeetingInvitation_excused_check" CHECK (response <> 'EXCUSED' OR length(btrim("excuseReason")) > 0),
  ADD CONSTRAINT "MeetingInvitation_responded_check" CHECK (response = 'PENDING' OR "respondedAt" IS NOT NULL);

ALTER TABLE "AgendaItem"
  ADD CONSTRAINT "AgendaItem_duration_check" CHECK ("durationMinutes" BETWEEN 1 AND 600),
  ADD CONSTRAINT "AgendaItem_position_check" CHECK (position >= 0),
  ADD CONSTRAINT "AgendaItem_title_check" CHECK (length(btrim(title)) > 0);

ALTER TABLE "AgendaAttachment"
  ADD CONSTRAINT "AgendaAttachment_size_check" CHECK (size > 0 AND size = octet_length(data) AND size <= 2097152);

ALTER TABLE "AgendaAmendment"
  ADD CONSTRAINT "AgendaAmendment_note_check" CHECK (length(btrim(note)) > 0);

ALTER TABLE "MeetingAttendance"
  ADD CONSTRAINT "MeetingAttendance_headcount_check" CHECK (headcount BETWEEN 0 AND 500),
  ADD CONSTRAINT "MeetingAttendance_present_check" CHECK (status NOT IN ('PRESENT', 'DELEGATE') OR headcount > 0);

ALTER TABLE "MeetingMinutes"
  ADD CONSTRAINT "MeetingMinutes_version_check" CHECK ("currentVersion" >= 0),
  ADD CONSTRAINT "MeetingMinutes_published_check" CHECK (status <> 'PUBLISHED' OR ("publishedAt" IS NOT NULL AND "currentVersion" > 0));

-- 200,000 characters is far beyond any real minutes; bigger texts are refused.
ALTER TABLE "MinutesVersion"
  ADD CONSTRAINT "MinutesVersion_number_check" CHECK (number >= 1),
  ADD CONSTRAINT "MinutesVersion_base_check" CHECK ("baseNumber" IS NULL OR ("baseNumber" >= 0 AND "baseNumber" < number)),
  ADD CONSTRAINT "MinutesVersion_body_check" CHECK (char_length(body) <= 200000);

ALTER TABLE "MinutesDraft"
  ADD CONSTRAINT "MinutesDraft_body_check" CHECK (char_length(body) <= 200000);

ALTER TABLE "MinutesErratum"
  ADD CONSTRAINT "MinutesErratum_body_check" CHECK (length(btrim(body)) > 0 AND char_length(body) <= 20000);

ALTER TABLE "Decision"
  ADD CONSTRAINT "Decision_title_check" CHECK (length(btrim(title)) > 0),
  ADD CONSTRAINT "Decision_version_check" CHECK (version >= 0);

ALTER TABLE "DecisionUpdate"
  ADD CONSTRAINT "DecisionUpdate_note_check" CHECK (length(btrim(note)) > 0);

-- Saved minutes versions and errata are history: never changed or removed by the application.
CREATE FUNCTION "MinutesHistory_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "MinutesVersion_no_update_delete"
    BEFORE UPDATE OR DELETE ON "MinutesVersion"
    FOR EACH ROW EXECUTE FUNCTION "MinutesHistory_reject_change"();

CREATE TRIGGER "MinutesErratum_no_update_delete"
    BEFORE UPDATE OR DELETE ON "MinutesErratum"
    FOR EACH ROW EXECUTE FUNCTION "MinutesHistory_reject_change"();

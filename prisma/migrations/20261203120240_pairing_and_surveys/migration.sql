-- CreateEnum
CREATE TYPE "PairingStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'PAUSED', 'ENDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "PairingFocus" AS ENUM ('VOLUNTEER_SERVICE', 'ENVIRONMENT', 'ELDERLY_CARE', 'CHILDREN', 'EDUCATION', 'CULTURE_SPORTS', 'EMPLOYMENT', 'LEGAL_AID', 'HEALTH', 'OTHER');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('OPEN', 'MATCHED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "NeedOfferStatus" AS ENUM ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'RANKING', 'SHORT_TEXT', 'LONG_TEXT');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('DRAFT', 'SENT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'PAIRING_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'PAIRING_DECLINED';
ALTER TYPE "NotificationKind" ADD VALUE 'PAIRING_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'NEED_OFFER_ACCEPTED';
ALTER TYPE "NotificationKind" ADD VALUE 'NEED_OFFER_DECLINED';
ALTER TYPE "NotificationKind" ADD VALUE 'SURVEY_SENT';
ALTER TYPE "NotificationKind" ADD VALUE 'SURVEY_REMINDER';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "serviceSiteId" INTEGER,
ADD COLUMN     "surveyQuestionId" INTEGER;

-- AlterTable (hand-edited): the free-text needs become the community's description, kept;
-- the subdistrict text becomes a Subdistrict record at the end of this file.
ALTER TABLE "Community" RENAME COLUMN "needs" TO "description";
ALTER TABLE "Community"
ADD COLUMN     "contactName" VARCHAR(60) NOT NULL DEFAULT '',
ADD COLUMN     "contactPhone" VARCHAR(30) NOT NULL DEFAULT '',
ADD COLUMN     "latitude" DECIMAL(9,6),
ADD COLUMN     "longitude" DECIMAL(9,6),
ADD COLUMN     "subdistrictId" INTEGER,
ADD COLUMN     "unitId" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "needId" INTEGER,
ADD COLUMN     "pairingId" INTEGER,
ADD COLUMN     "surveyId" INTEGER;

-- CreateTable
CREATE TABLE "Subdistrict" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subdistrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pairing" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "focusAreas" "PairingFocus"[],
    "note" VARCHAR(1000) NOT NULL DEFAULT '',
    "status" "PairingStatus" NOT NULL,
    "reason" VARCHAR(500) NOT NULL DEFAULT '',
    "proposedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairingUnit" (
    "pairingId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "live" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "PairingUnit_pkey" PRIMARY KEY ("pairingId","unitId")
);

-- CreateTable
CREATE TABLE "PairingEvent" (
    "id" SERIAL NOT NULL,
    "pairingId" INTEGER NOT NULL,
    "status" "PairingStatus" NOT NULL,
    "reason" VARCHAR(500) NOT NULL DEFAULT '',
    "actorId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Need" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL,
    "address" VARCHAR(200) NOT NULL DEFAULT '',
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "startsOn" DATE,
    "endsOn" DATE,
    "volunteersWanted" INTEGER,
    "skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sizeValue" DECIMAL(12,2),
    "sizeUnit" VARCHAR(20) NOT NULL DEFAULT '',
    "status" "NeedStatus" NOT NULL DEFAULT 'OPEN',
    "activityId" INTEGER,
    "outcome" VARCHAR(1000) NOT NULL DEFAULT '',
    "closedAt" TIMESTAMPTZ(3),
    "postedById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedOffer" (
    "id" SERIAL NOT NULL,
    "needId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "headcount" INTEGER NOT NULL,
    "availability" VARCHAR(120) NOT NULL DEFAULT '',
    "note" VARCHAR(500) NOT NULL DEFAULT '',
    "status" "NeedOfferStatus" NOT NULL DEFAULT 'OFFERED',
    "offeredById" INTEGER NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NeedOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedPhoto" (
    "id" SERIAL NOT NULL,
    "needId" INTEGER NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "data" BYTEA NOT NULL,
    "caption" VARCHAR(200) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceSite" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "areaSqm" DECIMAL(12,2),
    "address" VARCHAR(200) NOT NULL DEFAULT '',
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "communityId" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceSite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceSiteUnit" (
    "siteId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "since" DATE NOT NULL,

    CONSTRAINT "ServiceSiteUnit_pkey" PRIMARY KEY ("siteId","unitId")
);

-- CreateTable
CREATE TABLE "ServiceLogEntry" (
    "id" SERIAL NOT NULL,
    "siteId" INTEGER NOT NULL,
    "servedOn" DATE NOT NULL,
    "volunteers" INTEGER NOT NULL,
    "hours" DECIMAL(8,1) NOT NULL,
    "summary" VARCHAR(1000) NOT NULL,
    "activityId" INTEGER,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceLogUnit" (
    "entryId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "ServiceLogUnit_pkey" PRIMARY KEY ("entryId","unitId")
);

-- CreateTable
CREATE TABLE "ServiceLogResult" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "label" VARCHAR(60) NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "unit" VARCHAR(20) NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceLogResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" SERIAL NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "status" "SurveyStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" TIMESTAMPTZ(3),
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "prompt" VARCHAR(300) NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "allowOther" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyOption" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" VARCHAR(120) NOT NULL,

    CONSTRAINT "SurveyOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRecipient" (
    "surveyId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "remindedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SurveyRecipient_pkey" PRIMARY KEY ("surveyId","unitId")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "submittedById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "responseId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "optionIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "otherText" VARCHAR(200) NOT NULL DEFAULT '',
    "rating" INTEGER,
    "text" VARCHAR(4000) NOT NULL DEFAULT '',

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("responseId","questionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subdistrict_name_key" ON "Subdistrict"("name");

-- CreateIndex
CREATE INDEX "Pairing_communityId_status_idx" ON "Pairing"("communityId", "status");

-- CreateIndex
CREATE INDEX "Pairing_status_idx" ON "Pairing"("status");

-- CreateIndex
CREATE INDEX "PairingUnit_unitId_idx" ON "PairingUnit"("unitId");

-- CreateIndex
CREATE INDEX "PairingEvent_pairingId_createdAt_idx" ON "PairingEvent"("pairingId", "createdAt");

-- CreateIndex
CREATE INDEX "Need_status_createdAt_idx" ON "Need"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Need_communityId_idx" ON "Need"("communityId");

-- CreateIndex
CREATE INDEX "Need_activityId_idx" ON "Need"("activityId");

-- CreateIndex
CREATE INDEX "NeedOffer_needId_status_idx" ON "NeedOffer"("needId", "status");

-- CreateIndex
CREATE INDEX "NeedOffer_unitId_idx" ON "NeedOffer"("unitId");

-- CreateIndex
CREATE INDEX "NeedPhoto_needId_idx" ON "NeedPhoto"("needId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceSite_name_key" ON "ServiceSite"("name");

-- CreateIndex
CREATE INDEX "ServiceSite_communityId_idx" ON "ServiceSite"("communityId");

-- CreateIndex
CREATE INDEX "ServiceSiteUnit_unitId_idx" ON "ServiceSiteUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceLogEntry_activityId_key" ON "ServiceLogEntry"("activityId");

-- CreateIndex
CREATE INDEX "ServiceLogEntry_siteId_servedOn_idx" ON "ServiceLogEntry"("siteId", "servedOn");

-- CreateIndex
CREATE INDEX "ServiceLogUnit_unitId_idx" ON "ServiceLogUnit"("unitId");

-- CreateIndex
CREATE INDEX "ServiceLogResult_entryId_idx" ON "ServiceLogResult"("entryId");

-- CreateIndex
CREATE INDEX "Survey_status_closesAt_idx" ON "Survey"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_position_key" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyOption_questionId_position_key" ON "SurveyOption"("questionId", "position");

-- CreateIndex
CREATE INDEX "SurveyRecipient_unitId_idx" ON "SurveyRecipient"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_unitId_key" ON "SurveyResponse"("surveyId", "unitId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_questionId_idx" ON "SurveyAnswer"("questionId");

-- CreateIndex
CREATE INDEX "Activity_serviceSiteId_idx" ON "Activity"("serviceSiteId");

-- CreateIndex
CREATE UNIQUE INDEX "Community_unitId_key" ON "Community"("unitId");

-- CreateIndex
CREATE INDEX "Community_subdistrictId_idx" ON "Community"("subdistrictId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_serviceSiteId_fkey" FOREIGN KEY ("serviceSiteId") REFERENCES "ServiceSite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_surveyQuestionId_fkey" FOREIGN KEY ("surveyQuestionId") REFERENCES "SurveyQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_subdistrictId_fkey" FOREIGN KEY ("subdistrictId") REFERENCES "Subdistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingUnit" ADD CONSTRAINT "PairingUnit_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingUnit" ADD CONSTRAINT "PairingUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingUnit" ADD CONSTRAINT "PairingUnit_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingEvent" ADD CONSTRAINT "PairingEvent_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingEvent" ADD CONSTRAINT "PairingEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedOffer" ADD CONSTRAINT "NeedOffer_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedOffer" ADD CONSTRAINT "NeedOffer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedOffer" ADD CONSTRAINT "NeedOffer_offeredById_fkey" FOREIGN KEY ("offeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedOffer" ADD CONSTRAINT "NeedOffer_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedPhoto" ADD CONSTRAINT "NeedPhoto_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSite" ADD CONSTRAINT "ServiceSite_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSiteUnit" ADD CONSTRAINT "ServiceSiteUnit_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "ServiceSite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSiteUnit" ADD CONSTRAINT "ServiceSiteUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLogEntry" ADD CONSTRAINT "ServiceLogEntry_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "ServiceSite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLogEntry" ADD CONSTRAINT "ServiceLogEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLogEntry" ADD CONSTRAINT "ServiceLogEntry_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLogUnit" ADD CONSTRAINT "ServiceLogUnit_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ServiceLogEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLogUnit" ADD CONSTRAINT "ServiceLogUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLogResult" ADD CONSTRAINT "ServiceLogResult_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ServiceLogEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyOption" ADD CONSTRAINT "SurveyOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRecipient" ADD CONSTRAINT "SurveyRecipient_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRecipient" ADD CONSTRAINT "SurveyRecipient_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: existing communities keep their subdistrict, now a record.
INSERT INTO "Subdistrict" ("name", "updatedAt")
  SELECT DISTINCT "subdistrict", CURRENT_TIMESTAMP FROM "Community" WHERE "subdistrict" <> '';
UPDATE "Community" c SET "subdistrictId" = s."id" FROM "Subdistrict" s WHERE s."name" = c."subdistrict";
ALTER TABLE "Community" DROP COLUMN "subdistrict";

-- Hand-written: a map point is both coordinates or neither.
ALTER TABLE "Community"
  ADD CONSTRAINT "Community_point_check" CHECK (("latitude" IS NULL) = ("longitude" IS NULL));
ALTER TABLE "ServiceSite"
  ADD CONSTRAINT "ServiceSite_point_check" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)),
  ADD CONSTRAINT "ServiceSite_area_check" CHECK ("areaSqm" IS NULL OR "areaSqm" > 0);

-- A unit has at most one live (proposed, active or paused) pairing with a community.
CREATE UNIQUE INDEX "PairingUnit_live_unit_community_key"
  ON "PairingUnit" ("unitId", "communityId") WHERE "live";
ALTER TABLE "Pairing"
  ADD CONSTRAINT "Pairing_reason_check" CHECK ("status" NOT IN ('ENDED', 'DECLINED') OR "reason" <> '');

ALTER TABLE "Need"
  ADD CONSTRAINT "Need_point_check" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)),
  ADD CONSTRAINT "Need_size_check" CHECK ("sizeValue" IS NULL OR "sizeValue" > 0),
  ADD CONSTRAINT "Need_volunteers_check" CHECK ("volunteersWanted" IS NULL OR "volunteersWanted" >= 1),
  ADD CONSTRAINT "Need_dates_check" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn"),
  ADD CONSTRAINT "Need_closed_check" CHECK ("status" <> 'CLOSED' OR "outcome" <> '');

-- A unit has at most one live (offered or accepted) offer per need.
CREATE UNIQUE INDEX "NeedOffer_live_need_unit_key"
  ON "NeedOffer" ("needId", "unitId") WHERE ("status" IN ('OFFERED', 'ACCEPTED'));
ALTER TABLE "NeedOffer" ADD CONSTRAINT "NeedOffer_headcount_check" CHECK ("headcount" >= 1);

ALTER TABLE "ServiceLogEntry"
  ADD CONSTRAINT "ServiceLogEntry_volunteers_check" CHECK ("volunteers" >= 0),
  ADD CONSTRAINT "ServiceLogEntry_hours_check" CHECK ("hours" >= 0);
ALTER TABLE "ServiceLogResult" ADD CONSTRAINT "ServiceLogResult_value_check" CHECK ("value" >= 0);

ALTER TABLE "Survey" ADD CONSTRAINT "Survey_window_check" CHECK ("closesAt" > "opensAt");
ALTER TABLE "SurveyAnswer"
  ADD CONSTRAINT "SurveyAnswer_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);

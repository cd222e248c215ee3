-- CreateEnum
CREATE TYPE "UnitCategory" AS ENUM ('VERTICAL_AGENCY', 'STATE_ENTERPRISE', 'FINANCIAL_INSTITUTION', 'NEW_ORGANISATION', 'EMERGING_SECTOR');

-- CreateEnum
CREATE TYPE "LeagueOrgType" AS ENUM ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SECRETARY');

-- CreateEnum
CREATE TYPE "Commitment" AS ENUM ('STUDY_EXCHANGE', 'YOUTH_PROJECT', 'LIVELIHOOD', 'CULTURE_SPORTS', 'BACKBONE_TEAM');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('READING_CLUB', 'SOCIAL_EXCHANGE', 'ENTREPRENEURSHIP_SALON', 'VOLUNTEER_SERVICE', 'CULTURE_SPORTS', 'TREE_PLANTING', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'CLAIMED', 'OPEN', 'CLOSED', 'DONE', 'REPORTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActivityChannel" AS ENUM ('ONLINE', 'OFFLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "ActivityFormat" AS ENUM ('THEME', 'SPECIAL_SESSION');

-- CreateEnum
CREATE TYPE "ActivityReach" AS ENUM ('BLOCK', 'CHAIN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('PLENARY', 'JOINT', 'SPECIAL_SESSION');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED', 'HELD');

-- CreateEnum
CREATE TYPE "VenueKind" AS ENUM ('BADMINTON_COURT', 'TABLE_TENNIS', 'GYM', 'YOGA_ROOM', 'MEETING_ROOM', 'READING_ROOM', 'ACTIVITY_HALL', 'SPORTS_FIELD', 'OTHER');

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "shortName" VARCHAR(40) NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "category" "UnitCategory" NOT NULL,
    "inDistrict" BOOLEAN NOT NULL DEFAULT true,
    "orgType" "LeagueOrgType" NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "address" VARCHAR(200) NOT NULL DEFAULT '',
    "contactName" VARCHAR(60) NOT NULL DEFAULT '',
    "contactPhone" VARCHAR(30) NOT NULL DEFAULT '',
    "contactPhonePublic" BOOLEAN NOT NULL DEFAULT false,
    "status" "UnitStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedOn" DATE NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "login" VARCHAR(60) NOT NULL,
    "mobile" VARCHAR(20),
    "name" VARCHAR(60) NOT NULL,
    "email" VARCHAR(200),
    "passwordHash" VARCHAR(100) NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanYear" (
    "year" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "maxLeadsPerUnit" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "ActivityType" NOT NULL,
    "commitment" "Commitment" NOT NULL,
    "plannedMonth" INTEGER NOT NULL,
    "plannedDate" DATE,
    "channel" "ActivityChannel" NOT NULL DEFAULT 'OFFLINE',
    "format" "ActivityFormat" NOT NULL DEFAULT 'THEME',
    "reach" "ActivityReach" NOT NULL DEFAULT 'BLOCK',
    "capacity" INTEGER,
    "place" VARCHAR(200) NOT NULL DEFAULT '',
    "venueId" INTEGER,
    "communityId" INTEGER,
    "leadUnitId" INTEGER,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "place" VARCHAR(200) NOT NULL DEFAULT '',
    "onlineUrl" VARCHAR(500),
    "hostUnitId" INTEGER,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "VenueKind" NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "capacity" INTEGER,
    "address" VARCHAR(200) NOT NULL DEFAULT '',
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "description" TEXT NOT NULL DEFAULT '',
    "contactPhone" VARCHAR(30) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "subdistrict" VARCHAR(60) NOT NULL DEFAULT '',
    "address" VARCHAR(200) NOT NULL DEFAULT '',
    "needs" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" VARCHAR(80) NOT NULL,
    "entity" VARCHAR(60) NOT NULL,
    "entityId" VARCHAR(60) NOT NULL,
    "unitId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");

-- CreateIndex
CREATE INDEX "Unit_status_category_idx" ON "Unit"("status", "category");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE UNIQUE INDEX "User_mobile_key" ON "User"("mobile");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_createdAt_idx" ON "LoginAttempt"("key", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_year_plannedMonth_idx" ON "Activity"("year", "plannedMonth");

-- CreateIndex
CREATE INDEX "Activity_leadUnitId_idx" ON "Activity"("leadUnitId");

-- CreateIndex
CREATE INDEX "Activity_venueId_idx" ON "Activity"("venueId");

-- CreateIndex
CREATE INDEX "Activity_communityId_idx" ON "Activity"("communityId");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_hostUnitId_idx" ON "Meeting"("hostUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Venue_unitId_name_key" ON "Venue"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Community_name_key" ON "Community"("name");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_year_fkey" FOREIGN KEY ("year") REFERENCES "PlanYear"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: rules that Prisma's schema language cannot express. Prisma's diff ignores CHECK
-- constraints, functions and triggers, so these do not show up as drift; keep them here (or in a
-- later migration's hand-written tail) and never in schema.prisma.
-- ---------------------------------------------------------------------------------------------

-- A secretary belongs to exactly one unit; an administrator to none.
ALTER TABLE "User" ADD CONSTRAINT "User_role_unit_check"
    CHECK (("role" = 'ADMIN' AND "unitId" IS NULL) OR ("role" = 'SECRETARY' AND "unitId" IS NOT NULL));

-- Logins are stored lower-case so that the unique index is case-insensitive in effect.
ALTER TABLE "User" ADD CONSTRAINT "User_login_lowercase_check" CHECK ("login" = lower("login"));

ALTER TABLE "Activity" ADD CONSTRAINT "Activity_plannedMonth_check" CHECK ("plannedMonth" BETWEEN 1 AND 12);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_position_check" CHECK ("position" >= 0);

ALTER TABLE "PlanYear" ADD CONSTRAINT "PlanYear_maxLeadsPerUnit_check" CHECK ("maxLeadsPerUnit" >= 1);
ALTER TABLE "PlanYear" ADD CONSTRAINT "PlanYear_year_check" CHECK ("year" BETWEEN 2000 AND 2100);

ALTER TABLE "Venue" ADD CONSTRAINT "Venue_quantity_check" CHECK ("quantity" >= 1);
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0);

ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_endsAt_check" CHECK ("endsAt" IS NULL OR "endsAt" > "startsAt");

-- AuditLog is append-only: rows can be inserted, never changed or removed (TRUNCATE included).
-- Users with audit entries are never deleted ("AuditLog_actorId_fkey" restricts it):
-- they are deactivated instead ("User"."active").
CREATE FUNCTION "AuditLog_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation', HINT = 'Insert a new entry instead.';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete"
    BEFORE UPDATE OR DELETE ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION "AuditLog_reject_change"();

CREATE TRIGGER "AuditLog_no_truncate"
    BEFORE TRUNCATE ON "AuditLog"
    FOR EACH STATEMENT EXECUTE FUNCTION "AuditLog_reject_change"();

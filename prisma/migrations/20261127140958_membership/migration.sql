-- CreateEnum
CREATE TYPE "UnitRole" AS ENUM ('PRIMARY', 'DEPUTY');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'NEEDS_INFO', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('ACTIVATION', 'PASSWORD_RESET');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "activatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "unitRole" "UnitRole";

-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipApplication" (
    "id" SERIAL NOT NULL,
    "reference" VARCHAR(20) NOT NULL,
    "orgName" VARCHAR(120) NOT NULL,
    "category" "UnitCategory" NOT NULL,
    "orgType" "LeagueOrgType" NOT NULL,
    "inDistrict" BOOLEAN NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "secretaryName" VARCHAR(60) NOT NULL,
    "mobile" VARCHAR(20) NOT NULL,
    "email" VARCHAR(200) NOT NULL,
    "motivation" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "adminMessage" TEXT NOT NULL DEFAULT '',
    "applicantReply" TEXT NOT NULL DEFAULT '',
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMPTZ(3),
    "unitId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MembershipApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitStatusChange" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "fromStatus" "UnitStatus" NOT NULL,
    "toStatus" "UnitStatus" NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "actorId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitLogo" (
    "unitId" INTEGER NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "data" BYTEA NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UnitLogo_pkey" PRIMARY KEY ("unitId")
);

-- CreateTable
CREATE TABLE "RateLimitEvent" (
    "id" BIGSERIAL NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_reference_key" ON "MembershipApplication"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_unitId_key" ON "MembershipApplication"("unitId");

-- CreateIndex
CREATE INDEX "MembershipApplication_status_createdAt_idx" ON "MembershipApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "UnitStatusChange_unitId_createdAt_idx" ON "UnitStatusChange"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitEvent_key_createdAt_idx" ON "RateLimitEvent"("key", "createdAt");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStatusChange" ADD CONSTRAINT "UnitStatusChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStatusChange" ADD CONSTRAINT "UnitStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLogo" ADD CONSTRAINT "UnitLogo_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: data backfill and rules Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------------------------

-- Existing secretaries become their unit's primary secretary; existing accounts count as activated.
UPDATE "User" SET "unitRole" = 'PRIMARY' WHERE "role" = 'SECRETARY';
UPDATE "User" SET "activatedAt" = "createdAt" WHERE "activatedAt" IS NULL;

-- Secretaries have a role in their unit; admins do not.
ALTER TABLE "User" ADD CONSTRAINT "User_unitRole_check"
    CHECK (("role" = 'SECRETARY') = ("unitRole" IS NOT NULL));

-- At most one active primary secretary and one active deputy per unit.
CREATE UNIQUE INDEX "User_one_active_per_unit_role" ON "User" ("unitId", "unitRole") WHERE "active";

-- One open application per organisation name and per mobile number.
CREATE UNIQUE INDEX "MembershipApplication_open_orgName" ON "MembershipApplication" (lower(btrim("orgName")))
    WHERE "status" IN ('PENDING', 'NEEDS_INFO');
CREATE UNIQUE INDEX "MembershipApplication_open_mobile" ON "MembershipApplication" ("mobile")
    WHERE "status" IN ('PENDING', 'NEEDS_INFO');

ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_motivation_check"
    CHECK (char_length("motivation") <= 2000);
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_decision_check"
    CHECK (("status" IN ('APPROVED', 'REJECTED')) = ("decidedAt" IS NOT NULL));
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_unit_check"
    CHECK (("status" = 'APPROVED') = ("unitId" IS NOT NULL));

ALTER TABLE "UnitStatusChange" ADD CONSTRAINT "UnitStatusChange_changes_check" CHECK ("fromStatus" <> "toStatus");

-- A logo is at most 1 MB.
ALTER TABLE "UnitLogo" ADD CONSTRAINT "UnitLogo_size_check" CHECK (octet_length("data") <= 1048576);

-- CreateEnum
CREATE TYPE "VenueBookingMode" AS ENUM ('BOOKABLE', 'PHONE_ONLY');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'BOOKING_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'BOOKING_CONFIRMED';
ALTER TYPE "NotificationKind" ADD VALUE 'BOOKING_DECLINED';
ALTER TYPE "NotificationKind" ADD VALUE 'BOOKING_CANCELLED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "bookingId" INTEGER;

-- AlterTable
ALTER TABLE "Venue" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "bookingMode" "VenueBookingMode" NOT NULL DEFAULT 'BOOKABLE',
ADD COLUMN     "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "maxAdvanceDays" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "maxDurationMinutes" INTEGER NOT NULL DEFAULT 240,
ADD COLUMN     "minNoticeHours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "monthlyQuota" INTEGER,
ADD COLUMN     "needsApproval" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "rules" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "VenueOpeningHours" (
    "venueId" INTEGER NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" INTEGER NOT NULL,
    "closesAt" INTEGER NOT NULL,

    CONSTRAINT "VenueOpeningHours_pkey" PRIMARY KEY ("venueId","weekday")
);

-- CreateTable
CREATE TABLE "VenueClosedDate" (
    "venueId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "reason" VARCHAR(200) NOT NULL DEFAULT '',

    CONSTRAINT "VenueClosedDate_pkey" PRIMARY KEY ("venueId","date")
);

-- CreateTable
CREATE TABLE "VenuePhoto" (
    "id" SERIAL NOT NULL,
    "venueId" INTEGER NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "data" BYTEA NOT NULL,
    "caption" VARCHAR(200) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VenuePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" SERIAL NOT NULL,
    "venueId" INTEGER NOT NULL,
    "court" INTEGER NOT NULL DEFAULT 1,
    "unitId" INTEGER NOT NULL,
    "bookedById" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "purpose" VARCHAR(200) NOT NULL,
    "headcount" INTEGER NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'PENDING',
    "seriesId" VARCHAR(40),
    "requestKey" VARCHAR(80) NOT NULL,
    "reason" VARCHAR(500) NOT NULL DEFAULT '',
    "decidedById" INTEGER,
    "cancelledById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VenuePhoto_venueId_idx" ON "VenuePhoto"("venueId");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_requestKey_key" ON "Booking"("requestKey");

-- CreateIndex
CREATE INDEX "Booking_venueId_startsAt_idx" ON "Booking"("venueId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_unitId_startsAt_idx" ON "Booking"("unitId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_seriesId_idx" ON "Booking"("seriesId");

-- AddForeignKey
ALTER TABLE "VenueOpeningHours" ADD CONSTRAINT "VenueOpeningHours_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueClosedDate" ADD CONSTRAINT "VenueClosedDate_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenuePhoto" ADD CONSTRAINT "VenuePhoto_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written constraints (Prisma cannot express these).

ALTER TABLE "Venue"
  ADD CONSTRAINT "Venue_policy_check" CHECK (
    "minNoticeHours" BETWEEN 0 AND 720
    AND "maxAdvanceDays" BETWEEN 1 AND 366
    AND "maxDurationMinutes" BETWEEN 15 AND 1440
    AND "bufferMinutes" BETWEEN 0 AND 240
    AND ("monthlyQuota" IS NULL OR "monthlyQuota" >= 1)
  );

ALTER TABLE "VenueOpeningHours"
  ADD CONSTRAINT "VenueOpeningHours_check" CHECK (
    weekday BETWEEN 1 AND 7 AND "opensAt" >= 0 AND "closesAt" <= 1440 AND "opensAt" < "closesAt"
  );

ALTER TABLE "Booking"
  ADD CONSTRAINT "Booking_times_check" CHECK ("startsAt" < "endsAt" AND "blockedUntil" >= "endsAt"),
  ADD CONSTRAINT "Booking_court_check" CHECK (court >= 1),
  ADD CONSTRAINT "Booking_headcount_check" CHECK (headcount >= 1);

-- Never double-booked: two live (pending or confirmed) bookings of the same court of a venue
-- cannot overlap, buffers included. Ranges are half-open, so back-to-back bookings are allowed.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "Booking"
  ADD CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist (
    "venueId" WITH =,
    court WITH =,
    tstzrange("startsAt", "blockedUntil", '[)') WITH &&
  ) WHERE (status IN ('PENDING', 'CONFIRMED'));

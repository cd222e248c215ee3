-- Request keys are unique per unit and action, not globally: a key one unit sent must not
-- answer another unit's request with the first unit's booking.
-- DropIndex
DROP INDEX "Booking_requestKey_key";

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "requestAction" VARCHAR(40) NOT NULL DEFAULT 'booking.create';

-- Bookings made while scheduling an activity carried keys "activity-<id>-v<version>".
UPDATE "Booking" SET "requestAction" = 'activity.schedule' WHERE "requestKey" LIKE 'activity-%' AND "activityId" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Booking_unitId_requestAction_requestKey_key" ON "Booking"("unitId", "requestAction", "requestKey");

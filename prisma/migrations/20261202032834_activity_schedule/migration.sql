-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "endsAt" TIMESTAMPTZ(3),
ADD COLUMN     "signupDeadline" TIMESTAMPTZ(3),
ADD COLUMN     "startsAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "activityId" INTEGER;

-- CreateIndex
CREATE INDEX "Booking_activityId_idx" ON "Booking"("activityId");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A scheduled activity ends after it starts; both times are set together.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_schedule_order"
  CHECK (("startsAt" IS NULL AND "endsAt" IS NULL) OR ("startsAt" IS NOT NULL AND "endsAt" > "startsAt"));

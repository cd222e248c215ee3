-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "latitude" DECIMAL(9,6),
ADD COLUMN     "longitude" DECIMAL(9,6);

-- Hand-written: a map point is both coordinates or neither.
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_point_check" CHECK (("latitude" IS NULL) = ("longitude" IS NULL));

-- CreateTable
CREATE TABLE "CacheTagRevalidation" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CacheTagRevalidation_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "CacheTagRevalidation_revalidatedAt_idx" ON "CacheTagRevalidation"("revalidatedAt");

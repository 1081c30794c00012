-- AlterTable
ALTER TABLE "User" ADD COLUMN     "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
ADD COLUMN     "fitAttemptReviews" INTEGER,
ADD COLUMN     "fitStartedAt" TIMESTAMP(3),
ADD COLUMN     "fsrsParamsId" TEXT,
ADD COLUMN     "useDefaultParams" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "desiredRetention" DOUBLE PRECISION,
ADD COLUMN     "paramsId" TEXT;

-- CreateTable
CREATE TABLE "FsrsParams" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "weights" TEXT NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "fittedAt" TIMESTAMP(3) NOT NULL,
    "logLoss" DOUBLE PRECISION NOT NULL,
    "rmse" DOUBLE PRECISION NOT NULL,
    "defaultLogLoss" DOUBLE PRECISION NOT NULL,
    "defaultRmse" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "FsrsParams_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FsrsParams_userId_version_key" ON "FsrsParams"("userId", "version");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_fsrsParamsId_fkey" FOREIGN KEY ("fsrsParamsId") REFERENCES "FsrsParams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FsrsParams" ADD CONSTRAINT "FsrsParams_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


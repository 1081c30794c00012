-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "desiredRetention" REAL;
ALTER TABLE "ReviewLog" ADD COLUMN "paramsId" TEXT;

-- CreateTable
CREATE TABLE "FsrsParams" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "weights" TEXT NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "fittedAt" DATETIME NOT NULL,
    "logLoss" REAL NOT NULL,
    "rmse" REAL NOT NULL,
    "defaultLogLoss" REAL NOT NULL,
    "defaultRmse" REAL NOT NULL,
    CONSTRAINT "FsrsParams_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "interviewDate" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "fsrsParamsId" TEXT,
    "fitStartedAt" DATETIME,
    "fitAttemptReviews" INTEGER,
    "useDefaultParams" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "User_fsrsParamsId_fkey" FOREIGN KEY ("fsrsParamsId") REFERENCES "FsrsParams" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "email", "id", "interviewDate", "name", "newCardsPerDay", "passwordHash", "sessionVersion", "timeZone") SELECT "createdAt", "email", "id", "interviewDate", "name", "newCardsPerDay", "passwordHash", "sessionVersion", "timeZone" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FsrsParams_userId_version_key" ON "FsrsParams"("userId", "version");


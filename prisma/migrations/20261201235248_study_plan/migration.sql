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
    "interviewTopics" TEXT,
    "minutesPerDay" INTEGER NOT NULL DEFAULT 30,
    "newCardsFollowPlan" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "fsrsParamsId" TEXT,
    "fitStartedAt" DATETIME,
    "fitAttemptReviews" INTEGER,
    "useDefaultParams" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "User_fsrsParamsId_fkey" FOREIGN KEY ("fsrsParamsId") REFERENCES "FsrsParams" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "desiredRetention", "email", "fitAttemptReviews", "fitStartedAt", "fsrsParamsId", "id", "interviewDate", "name", "newCardsPerDay", "passwordHash", "sessionVersion", "timeZone", "useDefaultParams") SELECT "createdAt", "desiredRetention", "email", "fitAttemptReviews", "fitStartedAt", "fsrsParamsId", "id", "interviewDate", "name", "newCardsPerDay", "passwordHash", "sessionVersion", "timeZone", "useDefaultParams" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


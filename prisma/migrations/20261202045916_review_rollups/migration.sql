-- CreateTable
CREATE TABLE "ReviewBucket" (
    "userId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "bucket"),
    CONSTRAINT "ReviewBucket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "User" ADD COLUMN "reviewCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ReviewLog_userId_rating_reviewedAt_idx" ON "ReviewLog"("userId", "rating", "reviewedAt");


-- The rollup and each user's review count start from the history as it stands; then every insert, delete or move of a review keeps it.
-- Reviews are stored as UTC ISO text ("2026-12-02T04:41:53.536+00:00"), so the quarter-hour is a prefix and a division.
INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
SELECT "userId", substr("reviewedAt", 1, 14) || printf('%02d', (CAST(substr("reviewedAt", 15, 2) AS INTEGER) / 15) * 15), COUNT(*)
FROM "ReviewLog" GROUP BY 1, 2;
UPDATE "User" SET "reviewCount" = (SELECT COUNT(*) FROM "ReviewLog" r WHERE r."userId" = "User"."id");
CREATE TRIGGER "ReviewLog_insert_bucket" AFTER INSERT ON "ReviewLog" BEGIN
  UPDATE "User" SET "reviewCount" = "reviewCount" + 1 WHERE "id" = NEW."userId";
  INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
  VALUES (NEW."userId", substr(NEW."reviewedAt", 1, 14) || printf('%02d', (CAST(substr(NEW."reviewedAt", 15, 2) AS INTEGER) / 15) * 15), 1)
  ON CONFLICT ("userId", "bucket") DO UPDATE SET "reviews" = "reviews" + 1;
END;
CREATE TRIGGER "ReviewLog_delete_bucket" AFTER DELETE ON "ReviewLog" BEGIN
  UPDATE "User" SET "reviewCount" = "reviewCount" - 1 WHERE "id" = OLD."userId";
  UPDATE "ReviewBucket" SET "reviews" = "reviews" - 1
  WHERE "userId" = OLD."userId" AND "bucket" = substr(OLD."reviewedAt", 1, 14) || printf('%02d', (CAST(substr(OLD."reviewedAt", 15, 2) AS INTEGER) / 15) * 15);
  DELETE FROM "ReviewBucket" WHERE "userId" = OLD."userId" AND "bucket" = substr(OLD."reviewedAt", 1, 14) || printf('%02d', (CAST(substr(OLD."reviewedAt", 15, 2) AS INTEGER) / 15) * 15) AND "reviews" <= 0;
END;
CREATE TRIGGER "ReviewLog_move_bucket" AFTER UPDATE OF "userId", "reviewedAt" ON "ReviewLog" BEGIN
  UPDATE "User" SET "reviewCount" = "reviewCount" - 1 WHERE "id" = OLD."userId";
  UPDATE "User" SET "reviewCount" = "reviewCount" + 1 WHERE "id" = NEW."userId";
  UPDATE "ReviewBucket" SET "reviews" = "reviews" - 1
  WHERE "userId" = OLD."userId" AND "bucket" = substr(OLD."reviewedAt", 1, 14) || printf('%02d', (CAST(substr(OLD."reviewedAt", 15, 2) AS INTEGER) / 15) * 15);
  DELETE FROM "ReviewBucket" WHERE "userId" = OLD."userId" AND "bucket" = substr(OLD."reviewedAt", 1, 14) || printf('%02d', (CAST(substr(OLD."reviewedAt", 15, 2) AS INTEGER) / 15) * 15) AND "reviews" <= 0;
  INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
  VALUES (NEW."userId", substr(NEW."reviewedAt", 1, 14) || printf('%02d', (CAST(substr(NEW."reviewedAt", 15, 2) AS INTEGER) / 15) * 15), 1)
  ON CONFLICT ("userId", "bucket") DO UPDATE SET "reviews" = "reviews" + 1;
END;

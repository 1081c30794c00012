-- CreateTable
CREATE TABLE "ReviewBucket" (
    "userId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL,

    CONSTRAINT "ReviewBucket_pkey" PRIMARY KEY ("userId","bucket")
);

-- AlterTable
ALTER TABLE "User" ADD COLUMN "reviewCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ReviewLog_userId_rating_reviewedAt_idx" ON "ReviewLog"("userId", "rating", "reviewedAt");

-- AddForeignKey
ALTER TABLE "ReviewBucket" ADD CONSTRAINT "ReviewBucket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The rollup and each user's review count start from the history as it stands; then every insert, delete or move of a review keeps it.
CREATE FUNCTION "review_bucket"(at TIMESTAMP) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(date_bin('15 minutes', at, TIMESTAMP '2000-01-01'), 'YYYY-MM-DD"T"HH24:MI')
$$;
INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
SELECT "userId", "review_bucket"("reviewedAt"), COUNT(*) FROM "ReviewLog" GROUP BY 1, 2;
UPDATE "User" u SET "reviewCount" = (SELECT COUNT(*) FROM "ReviewLog" r WHERE r."userId" = u."id");
-- Statement-level, over the statement's rows at once: a bulk insert of 100,000 reviews updates each bucket and
-- the user once, not 100,000 times.
CREATE FUNCTION "add_review_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
  SELECT "userId", "review_bucket"("reviewedAt"), COUNT(*) FROM new_rows GROUP BY 1, 2
  ON CONFLICT ("userId", "bucket") DO UPDATE SET "reviews" = "ReviewBucket"."reviews" + EXCLUDED."reviews";
  UPDATE "User" u SET "reviewCount" = u."reviewCount" + n."count"
  FROM (SELECT "userId", COUNT(*) AS "count" FROM new_rows GROUP BY 1) n WHERE u."id" = n."userId";
  RETURN NULL;
END
$$;
CREATE FUNCTION "remove_review_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ReviewBucket" b SET "reviews" = b."reviews" - o."count"
  FROM (SELECT "userId", "review_bucket"("reviewedAt") AS "bucket", COUNT(*) AS "count" FROM old_rows GROUP BY 1, 2) o
  WHERE b."userId" = o."userId" AND b."bucket" = o."bucket";
  DELETE FROM "ReviewBucket" b USING (SELECT DISTINCT "userId", "review_bucket"("reviewedAt") AS "bucket" FROM old_rows) o
  WHERE b."userId" = o."userId" AND b."bucket" = o."bucket" AND b."reviews" <= 0;
  UPDATE "User" u SET "reviewCount" = u."reviewCount" - o."count"
  FROM (SELECT "userId", COUNT(*) AS "count" FROM old_rows GROUP BY 1) o WHERE u."id" = o."userId";
  RETURN NULL;
END
$$;
-- An update moves only the rows whose user or time changed: out of their old bucket, into their new one.
CREATE FUNCTION "move_review_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH moved AS (
    SELECT o."userId" AS "oldUser", o."reviewedAt" AS "oldAt", n."userId" AS "newUser", n."reviewedAt" AS "newAt"
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE o."userId" IS DISTINCT FROM n."userId" OR o."reviewedAt" IS DISTINCT FROM n."reviewedAt"
  ), deltas AS (
    SELECT "newUser" AS "userId", "review_bucket"("newAt") AS "bucket", 1 AS "delta" FROM moved
    UNION ALL
    SELECT "oldUser", "review_bucket"("oldAt"), -1 FROM moved
  ), users AS (
    UPDATE "User" u SET "reviewCount" = u."reviewCount" + d."delta"
    FROM (SELECT "userId", SUM("delta") AS "delta" FROM deltas GROUP BY 1) d WHERE u."id" = d."userId"
  )
  INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
  SELECT "userId", "bucket", SUM("delta") FROM deltas GROUP BY 1, 2 HAVING SUM("delta") <> 0
  ON CONFLICT ("userId", "bucket") DO UPDATE SET "reviews" = "ReviewBucket"."reviews" + EXCLUDED."reviews";
  DELETE FROM "ReviewBucket" b USING (SELECT DISTINCT o."userId", "review_bucket"(o."reviewedAt") AS "bucket" FROM old_rows o) o
  WHERE b."userId" = o."userId" AND b."bucket" = o."bucket" AND b."reviews" <= 0;
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewLog_add_rollups" AFTER INSERT ON "ReviewLog" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "add_review_rollups"();
CREATE TRIGGER "ReviewLog_remove_rollups" AFTER DELETE ON "ReviewLog" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "remove_review_rollups"();
CREATE TRIGGER "ReviewLog_move_rollups" AFTER UPDATE ON "ReviewLog" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "move_review_rollups"();

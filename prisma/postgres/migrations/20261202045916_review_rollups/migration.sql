-- CreateTable
CREATE TABLE "ReviewBucket" (
    "userId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL,

    CONSTRAINT "ReviewBucket_pkey" PRIMARY KEY ("userId","bucket")
);

-- CreateIndex
CREATE INDEX "ReviewLog_userId_rating_reviewedAt_idx" ON "ReviewLog"("userId", "rating", "reviewedAt");

-- AddForeignKey
ALTER TABLE "ReviewBucket" ADD CONSTRAINT "ReviewBucket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The rollup starts from the history as it stands; then every insert, delete or move of a review keeps it.
CREATE FUNCTION "review_bucket"(at TIMESTAMP) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(date_bin('15 minutes', at, TIMESTAMP '2000-01-01'), 'YYYY-MM-DD"T"HH24:MI')
$$;
INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews")
SELECT "userId", "review_bucket"("reviewedAt"), COUNT(*) FROM "ReviewLog" GROUP BY 1, 2;
CREATE FUNCTION "keep_review_buckets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "ReviewBucket" SET "reviews" = "reviews" - 1 WHERE "userId" = OLD."userId" AND "bucket" = "review_bucket"(OLD."reviewedAt");
    DELETE FROM "ReviewBucket" WHERE "userId" = OLD."userId" AND "bucket" = "review_bucket"(OLD."reviewedAt") AND "reviews" <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ReviewBucket" ("userId", "bucket", "reviews") VALUES (NEW."userId", "review_bucket"(NEW."reviewedAt"), 1)
    ON CONFLICT ("userId", "bucket") DO UPDATE SET "reviews" = "ReviewBucket"."reviews" + 1;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewLog_buckets" AFTER INSERT OR DELETE OR UPDATE OF "userId", "reviewedAt" ON "ReviewLog" FOR EACH ROW EXECUTE FUNCTION "keep_review_buckets"();

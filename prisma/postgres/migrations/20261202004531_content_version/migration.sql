-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);


-- The bank starts at version 1; any change to a topic or question moves it on (see question-bank.ts).
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 1);
-- Once per transaction however many statements it runs (a seed runs hundreds): the flag is transaction-local.
CREATE FUNCTION "bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('app.content_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('app.content_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Question_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Question" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Topic_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Topic" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();

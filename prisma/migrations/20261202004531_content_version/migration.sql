-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL
);


-- The bank starts at version 1; any change to a topic or question moves it on (see question-bank.ts).
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 1);
CREATE TRIGGER "Question_insert_content_version" AFTER INSERT ON "Question" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Question_update_content_version" AFTER UPDATE ON "Question" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Question_delete_content_version" AFTER DELETE ON "Question" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Topic_insert_content_version" AFTER INSERT ON "Topic" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Topic_update_content_version" AFTER UPDATE ON "Topic" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Topic_delete_content_version" AFTER DELETE ON "Topic" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

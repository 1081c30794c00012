import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The learner has no card on question q. PostgreSQL's generic plan guesses a learner holds a handful of cards and
 * makes NOT EXISTS an anti join that rescans all of them for every question walked; OFFSET 0 keeps it a probe of
 * the unique key per question (SQLite probes already, and has no OFFSET without LIMIT).
 */
export const noCardYet = (userId: string, { sqlite }: { sqlite: boolean }) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."questionId" = q."id"${sqlite ? Prisma.empty : Prisma.sql` OFFSET 0`})`;

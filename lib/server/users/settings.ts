import "server-only";
import type { Db } from "@/lib/db-client";
import type { SettingsInput } from "@/lib/validation/settings";

export function getSettings(db: Db, { userId }: { userId: string }) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { newCardsPerDay: true, timeZone: true, interviewDate: true } });
}

export type Settings = Awaited<ReturnType<typeof getSettings>>;

export async function updateSettings(db: Db, { userId, ...data }: SettingsInput & { userId: string }): Promise<void> {
  await db.user.update({ where: { id: userId }, data });
}

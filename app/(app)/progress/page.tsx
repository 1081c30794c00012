import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getHomeSummary } from "@/lib/server/progress/get-home-summary";
import { HomeView } from "./home-view";

export const metadata: Metadata = { title: "Home" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const summary = await getHomeSummary(db, { userId: user.id });
  return <HomeView summary={{ ...summary, nextDueAt: summary.nextDueAt?.toISOString() ?? null }} />;
}

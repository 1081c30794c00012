// GET /api/health – app and database state, for load balancers and test harnesses.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const questions = await db.question.count({ where: { retiredAt: null } });
    return NextResponse.json({ status: "ok", database: "ok", questions });
  } catch {
    return NextResponse.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}

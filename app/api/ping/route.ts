// GET /api/ping – liveness only: answers without touching the database (the HTTP benchmark's empty route).
import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" });
}

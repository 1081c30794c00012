// GET /api/ping – liveness only: answers without touching the database (the HTTP benchmark's empty route).
// Outside proxy.ts and uncompressed like the review loop, so the benchmark compares the two on equal terms.
import { NextResponse, type NextRequest } from "next/server";
import { addPastProxyHeaders } from "@/lib/http/past-proxy";
import { safeRequestId } from "@/lib/http/request-id";
import { UNCOMPRESSED } from "@/lib/http/uncompressed";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  const response = NextResponse.json({ status: "ok" }, { headers: UNCOMPRESSED });
  addPastProxyHeaders(response, req, safeRequestId(req.headers.get("x-request-id")));
  return response;
}

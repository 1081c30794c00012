import { z } from "zod";
import { db } from "@/lib/db";
import { withUser } from "@/lib/http/with-user";
import { exportUserData, type ExportKind } from "@/lib/server/export/export-user-data";

const formatSchema = z.enum(["csv", "json"], { error: 'format must be "csv" or "json".' }).default("json");

/** A download of one kind of the user's data, in the format the query asks for. */
export function exportResponse(kind: ExportKind) {
  return withUser((req, user) => {
    const format = formatSchema.parse(req.nextUrl.searchParams.get("format") ?? undefined);
    const stamp = new Date().toISOString().slice(0, 10);
    return Promise.resolve(new Response(exportUserData(db, { userId: user.id, kind, format }), {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="interview-trainer-${kind}-${stamp}.${format}"`,
        "cache-control": "no-store",
      },
    }));
  });
}

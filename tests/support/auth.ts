import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";

/** A request carrying a real next-auth session cookie for that user, as a signed-in browser sends. */
export async function requestAs(
  user: { id: string; email: string } | null,
  url: string,
  init: { method?: string; body?: unknown; rawBody?: string | Uint8Array; cookie?: string } = {},
): Promise<NextRequest> {
  const headers = new Headers({ "content-type": "application/json" });
  if (init.cookie !== undefined) {
    headers.set("cookie", init.cookie);
  } else if (user) {
    const token = await encode({ token: { sub: user.id, email: user.email }, secret: process.env.NEXTAUTH_SECRET! });
    headers.set("cookie", `next-auth.session-token=${token}`);
  }
  const raw = init.rawBody instanceof Uint8Array ? new Uint8Array(init.rawBody) : init.rawBody;
  const body = raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new NextRequest(new URL(url, "http://localhost"), { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}

// next-auth's route: its error page is refused with 400, and bodies over 16 KB get 413 before next-auth reads them.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { nestedBody } from "../corpus/malformed-inputs";

const ctx = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });

describe("/api/auth/*", () => {
  it.each(["Configuration", "AccessDenied", "made-up", ""])("answers the error page with ?error=%j with a 400", async (error) => {
    const response = await GET(new NextRequest(`http://localhost/api/auth/error?error=${error}`), ctx("error"));
    expect(response.status).toBe(400);
  });

  it("refuses a 10 MB body with 413, streamed or declared", async () => {
    const declared = await POST(new NextRequest("http://localhost/api/auth/callback/credentials", { method: "POST", body: nestedBody(10 * 1024 * 1024), headers: { "content-type": "application/x-www-form-urlencoded" } }), ctx("callback", "credentials"));
    expect(declared.status).toBe(413);
    const streamed = await POST(
      new NextRequest("http://localhost/api/auth/signout", { method: "POST", body: new Blob([nestedBody(10 * 1024 * 1024)]).stream(), duplex: "half", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      ctx("signout"),
    );
    expect(streamed.status).toBe(413);
  });
});

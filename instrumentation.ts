// Runs once when the server starts: Next's own error output becomes JSON lines like the app's logs,
// a server that cannot tell clients apart says so, and bad mail settings stop the start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jsonConsole } = await import("./lib/log-console");
  jsonConsole();
  const { knowsPeerAddress, trustedProxyHops } = await import("./lib/http/client-address");
  if (!knowsPeerAddress() && trustedProxyHops() === 0) {
    const { log } = await import("./lib/log");
    log.warn("per-address limits are off", { why: "served without scripts/server.mjs and TRUSTED_PROXY_HOPS=0, so no client address is known; use npm start, or set TRUSTED_PROXY_HOPS behind your proxies" });
  }
  // Throws with what to fix when SMTP_URL, MAIL_FROM or NEXTAUTH_URL is malformed, rather than at the first reset request.
  const { mailEnv } = await import("./lib/env");
  const mail = mailEnv();
  if (!mail.SMTP_URL) {
    const { log } = await import("./lib/log");
    log.info("password-reset mail is off", { why: "SMTP_URL is not set; npm run user:reset-password -- <email> prints a reset link" });
  }
}

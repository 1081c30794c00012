// Runs once when the server starts: Next's own error output becomes JSON lines like the app's logs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jsonConsole } = await import("./lib/log-console");
  jsonConsole();
}

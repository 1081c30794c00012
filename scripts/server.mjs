// The production server: Next's request handler behind a plain Node HTTP server, so each request
// carries the address of the socket it came on (x-peer-address, overwriting anything a client sent).
// `next start` offers no such thing, and its X-Forwarded-For keeps whatever the client wrote.
import { createServer } from "node:http";
import next from "next";

process.env.PEER_ADDRESS_FROM_SOCKET = "1";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// No route takes a body over 1 MB (JSON routes stop at 100 KB, server actions at Next's 1 MB), so a larger
// declared body is refused at the door: Next never copies it, and a burst of them costs other users nothing.
// Deck imports are the exception: a file upload to /api/decks/import/..., which streams and caps it again.
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_IMPORT_BYTES = 100 * 1024 * 1024 + 64 * 1024;
const isImport = (url) => typeof url === "string" && url.startsWith("/api/decks/import/");

const server = createServer((req, res) => {
  if (Number(req.headers["content-length"] ?? 0) > (isImport(req.url) ? MAX_IMPORT_BYTES : MAX_BODY_BYTES)) {
    // Drain rather than reset, so the client still reads the answer.
    req.resume();
    res.writeHead(413, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "too_large", message: isImport(req.url) ? "The file is larger than 100 MB." : "The request body is larger than 1 MB." } }));
    return;
  }
  req.headers["x-peer-address"] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const limits = hops > 0 ? `the address ${hops} hop(s) left of the socket peer in X-Forwarded-For (TRUSTED_PROXY_HOPS=${hops})` : "the socket peer; X-Forwarded-For is ignored (TRUSTED_PROXY_HOPS=0)";
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "listening", port, perAddressLimitsKeyOn: limits }));
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

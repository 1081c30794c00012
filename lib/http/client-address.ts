type HeaderSource = Headers | Record<string, string | string[] | undefined>;

// Set by scripts/server.mjs from the TCP connection, over whatever a client sent under that name.
export const PEER_HEADER = "x-peer-address";

const read = (headers: HeaderSource, name: string): string | undefined => {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/** Whether this process sits behind scripts/server.mjs, which puts the socket's address in PEER_HEADER. */
export const knowsPeerAddress = () => process.env.PEER_ADDRESS_FROM_SOCKET === "1";

export const trustedProxyHops = () => Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXY_HOPS ?? 0)) || 0);

/**
 * The client's address for rate limiting, or null when it cannot be known. The chain is the
 * X-Forwarded-For entries followed by the socket's peer; TRUSTED_PROXY_HOPS says how many entries
 * from the right are our own proxies, so the one before them is the client. With no proxies the
 * header is never read: a client writes whatever it likes there.
 */
export function clientAddress(headers: HeaderSource, hops = trustedProxyHops()): string | null {
  const peer = knowsPeerAddress() ? read(headers, PEER_HEADER)?.trim() || null : null;
  if (hops === 0) return peer;
  const forwarded = (read(headers, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Without the socket's address (plain `next start`), the last proxy is known to be there all the same.
  const chain = [...forwarded, peer ?? ""];
  return chain[chain.length - 1 - hops] || null;
}

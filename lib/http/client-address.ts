type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const read = (headers: HeaderSource, name: string): string | undefined => {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/**
 * The client's address for rate limiting. `next start` fills X-Forwarded-For with the socket's
 * address when a request has none; behind proxies, TRUSTED_PROXY_HOPS says how many entries from
 * the right were added by our own proxies, so the entry before them is the client.
 */
export function clientAddress(headers: HeaderSource): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const chain = (read(headers, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? read(headers, "x-real-ip") ?? "unknown";
}

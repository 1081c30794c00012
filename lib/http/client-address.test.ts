import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

afterEach(() => {
  delete process.env.PEER_ADDRESS_FROM_SOCKET;
});

const viaServer = () => (process.env.PEER_ADDRESS_FROM_SOCKET = "1");

describe("the client address for per-address limits", () => {
  it("with no proxies, never reads X-Forwarded-For: the socket's peer, whatever the client wrote", () => {
    viaServer();
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 198.51.100.9", "x-real-ip": "203.0.113.8", "x-peer-address": "192.0.2.10" });
    expect(clientAddress(headers, 0)).toBe("192.0.2.10");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBeNull();
  });

  it("without scripts/server.mjs knows no address at all, even when a client sends the peer header itself", () => {
    expect(clientAddress(new Headers({ "x-peer-address": "192.0.2.10", "x-forwarded-for": "203.0.113.7" }), 0)).toBeNull();
  });

  it("behind N proxies takes the entry N hops left of the peer, so entries a client prepends are skipped", () => {
    viaServer();
    const oneProxy = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-peer-address": "10.0.0.2" });
    expect(clientAddress(oneProxy, 1)).toBe("203.0.113.7");
    const twoProxies = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.3", "x-peer-address": "10.0.0.2" });
    expect(clientAddress(twoProxies, 2)).toBe("203.0.113.7");
    // Fewer entries than hops: no address rather than a guess.
    expect(clientAddress(new Headers({ "x-peer-address": "10.0.0.2" }), 1)).toBeNull();
  });

  it("behind a proxy on plain `next start` (no socket address) still skips a client's own entries", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 1)).toBe("203.0.113.7");
  });
});

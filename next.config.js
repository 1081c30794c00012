// Static files skip proxy.ts, so the headers that do not change per response are also set here.
const staticHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: "/:path*", headers: staticHeaders },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
  reactStrictMode: true,
  poweredByHeader: false,
  // Native SQLite driver and Prisma's runtime stay as Node modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "@prisma/adapter-libsql", "libsql", "@open-spaced-repetition/binding"],
  typedRoutes: false,
};

export default nextConfig;

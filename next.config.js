/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native SQLite driver and Prisma's runtime stay as Node modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "@prisma/adapter-libsql", "libsql"],
  typedRoutes: false,
};

export default nextConfig;

import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The data layer is server-only; under Vitest it runs in Node, which is the server.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/per-file-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Request lines would bury the test report; the logging test turns them back on for itself.
    env: { NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123", NODE_ENV: "test", LOG_LEVEL: "warn" },
  },
});

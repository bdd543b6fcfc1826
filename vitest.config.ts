import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    // The server-only guard throws outside React Server Components; tests import lib/db directly.
    alias: { "server-only": fileURLToPath(new URL("./lib/test/server-only-stub.ts", import.meta.url)) },
    testTimeout: 30_000,
  },
});

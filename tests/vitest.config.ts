import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "~": path.join(root, "app"),
      "#emails": path.join(root, "emails"),
      "#tests": path.join(root, "tests"),
      "#prisma": path.join(root, "prisma"),
    },
  },
  esbuild: { jsx: "automatic" },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}", "prisma/**/*.test.ts"],
    globalSetup: ["tests/setup/vitest-global-setup.ts"],
    setupFiles: ["tests/setup/vitest-worker-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
  },
});

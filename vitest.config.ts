import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server-only modules are safe to import from tests, which run on the server side too.
      "server-only": fileURLToPath(new URL("./tests/setup/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    // next-intl's ESM imports "next/navigation" without an extension, which Node's resolver
    // refuses; bundling it through Vite resolves it as Next's own bundler does.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["scripts/**/*.integration.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Each file has its own database, and much of a file's time is spent waiting on
          // PostgreSQL: four files at a time on two cores take about two thirds of the time one
          // at a time does (Vitest's default here is one worker: cores - 1).
          maxWorkers: 4,
          // Files share each worker's modules instead of loading the app afresh per file: the
          // loading was most of the run (6.8 minutes became 2.5). Per-file state is reset in
          // tests/setup (the database, the request, the framework stand-ins); files must not
          // vi.mock app modules themselves.
          isolate: false,
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/database-per-file.ts", "tests/setup/next-runtime.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

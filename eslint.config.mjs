import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "./scripts/lint/domain-boundaries.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Domains meet only through index.ts / queries.ts (scripts/lint/domain-boundaries.mjs).
    // Tests beside the code are free like tests/: they are not part of the app's module graph.
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { local: boundaries },
    rules: { "local/domain-boundaries": "error" },
  },
  {
    // Integration files share their workers' modules (vitest.config.ts: isolate: false): a
    // module mock in one file would reach the files after it, or miss modules loaded before.
    // Request headers and the framework stand-ins are set through tests/setup/request-cookies.ts.
    files: ["tests/integration/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock)$/]",
          message: "Integration files share modules: set state through tests/setup instead of vi.mock.",
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);

import { defineConfig } from "prisma/config";

// The URL is only needed by `prisma migrate deploy` on machines that can download Prisma's
// engines; this project migrates with scripts/db (offline) and connects through adapter-pg.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});

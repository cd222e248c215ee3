import { defineConfig } from "prisma/config";

// The schema is a folder (Prisma's multi-file schema): one .prisma file per domain, merged by
// Prisma; prisma/schema/core.prisma holds the generator and datasource. The migrations stay in
// Prisma's standard folder, named here because a schema folder would otherwise imply
// prisma/schema/migrations. scripts/db reads both paths from this file.
// The URL is only needed by `prisma migrate deploy` on machines that can download Prisma's
// engines; this project migrates with scripts/db (offline) and connects through adapter-pg.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});

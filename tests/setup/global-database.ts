// Vitest global setup for integration tests: one server per run and one migrated template
// database, which every test file copies into a fresh database of its own.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/migrations";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./databases";
import { provideTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testServerAdminUrl: string;
    testTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await provideTestServer();
  const template = uniqueDatabaseName("rz_template");
  try {
    const url = await createDatabase(server.adminUrl, template);
    await applyMigrations(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("testServerAdminUrl", server.adminUrl);
  project.provide("testTemplateDatabase", template);
  return async () => {
    await dropDatabase(server.adminUrl, template).catch(() => {});
    await server.stop();
  };
}

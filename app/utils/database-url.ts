/**
 * Which database a DATABASE_URL points at. SQLite (`file:...`) is the default, embedded in the app's process;
 * PostgreSQL (`postgresql://...`) is for a deployment that outgrows one machine. Shared by prisma.config.ts (the CLI)
 * and the app's client, so both always agree.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(databaseUrl: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? "postgresql" : "sqlite";
}

import { buildPostgresTemplate, postgresServerUrl } from "./postgres";
import { buildTemplateDatabase } from "./template-db";

export default async function setup() {
  const postgres = postgresServerUrl();
  if (postgres) await buildPostgresTemplate(postgres, { seed: false });
  else buildTemplateDatabase({ seed: false });
}

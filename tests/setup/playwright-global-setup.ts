import { existsSync } from "node:fs";
import { buildTemplateDatabase } from "./template-db";

export default async function globalSetup() {
  if (!existsSync("build/index.js")) throw new Error("Run `npm run build` before the end-to-end tests");
  await buildTemplateDatabase({ seed: true });
}

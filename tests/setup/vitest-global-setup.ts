import { buildTemplateDatabase } from "./template-db";

export default function setup() {
  buildTemplateDatabase({ seed: false });
}

// Part of `npm run build` (after `remix build`): bundles the HTTP server (app/server/index.ts) into
// build/server.js, which `npm start` runs. Packages stay in node_modules; only our own code is bundled.
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

await build({
  entryPoints: [path.join(root, "app", "server", "index.ts")],
  outfile: path.join(root, "build", "server.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
console.log("server: build/server.js");

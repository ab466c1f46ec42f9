// Part of `npm run build` (after `remix build`): bundles build/server.js, which `npm start` runs (app/server/main.ts:
// one process, or a cluster primary), and build/app-server.js, the HTTP server each process runs (app/server/index.ts).
// Packages stay in node_modules; only our own code is bundled.
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

await build({
  entryPoints: { server: path.join(root, "app", "server", "main.ts"), "app-server": path.join(root, "app", "server", "index.ts") },
  outdir: path.join(root, "build"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
console.log("server: build/server.js, build/app-server.js");

// Part of `npm run build` (after `remix build`): bundles app/sw.ts with esbuild, then lets Workbox inject the
// precache manifest of the hashed client build into public/sw.js.
import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";

const root = path.resolve(import.meta.dirname, "..");
const bundled = path.join(root, "build", "sw.bundle.js");

await build({
  entryPoints: [path.join(root, "app", "sw.ts")],
  outfile: bundled,
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  sourcemap: false,
  // Workbox leaves its development logging out when this is "production".
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  tsconfig: path.join(root, "app", "tsconfig.sw.json"),
  logLevel: "warning",
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: path.join(root, "public", "sw.js"),
  globDirectory: path.join(root, "public"),
  globPatterns: ["build/**/*.{js,css}", "manifest.webmanifest", "icons/*.png"],
  modifyURLPrefix: { "": "/" },
  // Remix names its assets with an 8-character content hash: no cache-busting query needed for those.
  dontCacheBustURLsMatching: /^\/build\/.*-[A-Z0-9]{8}\.(js|css)$/,
  // The biggest chunk (react-dom) is well below this; a bigger file means something went wrong.
  maximumFileSizeToCacheInBytes: 1024 * 1024,
});
rmSync(bundled, { force: true });
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: public/sw.js precaches ${count} files (${Math.round(size / 1024)} KiB)`);

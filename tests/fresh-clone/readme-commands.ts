// README's first two commands, as a newcomer runs them on a fresh clone. The first (install, then the demo) runs
// literally until the demo serves; a page is fetched and the demo stopped. The second, `npm test`, is what .ci/run
// itself runs on its own checkout (running it twice would double CI time); here it is only checked to be that.
// Run by .ci/run: node --import tsx tests/fresh-clone/readme-commands.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { check, commandsOf, fail, freshClone, plainEnv, say, serve } from "./fresh-clone";

// Ports 5300-5399 are kept for such checks on the shared CI machine; README's 3000 may be taken.
const port = 5320;
const baseUrl = `http://localhost:${port}`;
const started = performance.now();
const clone = freshClone("readme-commands");
try {
  const readme = readFileSync(path.join(clone.dir, "README.md"), "utf8");
  const first = /```bash\n([\s\S]*?)```/.exec(readme.slice(0, readme.indexOf("\n## ")))?.[1] ?? "";
  const commands = commandsOf(first);
  if (commands.length !== 2) fail(clone, `README should open with two commands, not ${commands.length}: ${commands.join(" | ")}`);
  const [demo = "", tests = ""] = commands;
  if (!/npm run demo$/.test(demo)) fail(clone, `README's first command should end with \`npm run demo\`: ${demo}`);
  if (tests !== "npm test") fail(clone, `README's second command should be \`npm test\` (what .ci/run runs): ${tests}`);

  // The demo installs, builds the database and the app, then serves until stopped: ten minutes on a slow machine.
  const server = await serve(clone, demo, plainEnv({ PORT: String(port) }), baseUrl, 10 * 60_000);
  try {
    const page = await fetch(`${baseUrl}/activiteiten`, { headers: { "Accept-Language": "nl-BE" } });
    const html = await page.text();
    check(clone, page.status === 200 && html.includes("Koffie en papieren in Wijkhuis De Brug"), "/activiteiten shows the demo's activities");
    const signIn = await fetch(`${baseUrl}/inloggen`, { headers: { "Accept-Language": "nl-BE" } });
    check(clone, signIn.status === 200, "/inloggen renders");
  } finally {
    check(clone, await server.stop(), `\`${demo}\` stops on SIGTERM within 10 s and ${baseUrl} is closed`);
  }
  say(clone, `ok in ${((performance.now() - started) / 1000).toFixed(0)} s ("${tests}" is what .ci/run runs on its own checkout)`);
} finally {
  clone.remove();
}

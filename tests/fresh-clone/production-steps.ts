// README's Production section, followed literally on a fresh clone: its .env (with a generated secret, a local test
// mail server and a local address in place of the examples), then its commands in order, the last one serving.
// Checks /healthz, that a page renders, that a sign-in code arrives by SMTP, and that a backup of the live
// database is made and restorable, then the unit and integration tests. All of it on the Node.js release the section
// names (fetched from the npm registry), not on the one running this script. Run by .ci/run: node --import tsx tests/fresh-clone/production-steps.ts
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpServer } from "#tests/setup/smtp";
import { check, commandsOf, fail, freshClone, nodeRelease, plainEnv, readmeBlocks, run, say, serve } from "./fresh-clone";

// Ports 5300-5399 are kept for such checks on the shared CI machine.
const port = 5310;
const baseUrl = `http://127.0.0.1:${port}`;
const started = performance.now();
const clone = freshClone("production-steps");
const smtp = await startSmtpServer();
const removeAfter: (() => void)[] = [];
try {
  const readme = readFileSync(path.join(clone.dir, "README.md"), "utf8");
  const production = readme.slice(readme.indexOf("\n## Production\n"));
  const line = /Node\.js (\d+)/.exec(production)?.[1];
  if (!line) fail(clone, "README's Production section should name the Node.js release to install (\"Node.js 24\")");
  const node = nodeRelease(line);
  removeAfter.push(node.remove);
  check(clone, node.version.startsWith(`v${line}.`), `Node.js ${node.version} from the npm registry, as README's Production section asks (${line})`);
  // A shell where that Node.js comes first; native modules (better-sqlite3) compile against its headers.
  const shell = () => plainEnv({ PATH: `${node.bin}:${process.env.PATH ?? ""}`, npm_config_nodedir: node.prefix });
  const [settings] = readmeBlocks(readme, "## Production", "ini");
  const [commandBlock] = readmeBlocks(readme, "## Production", "bash");
  if (!settings || !commandBlock) fail(clone, "README's Production section needs an ini block (.env) and then a bash block (commands)");

  // The example's values stay, except what must be this machine's own: the secret, the mail server, the address.
  const ours: Record<string, string> = { SESSION_SECRET: randomBytes(32).toString("hex"), SMTP_URL: smtp.url, APP_URL: baseUrl };
  const lines = settings.split("\n");
  for (const key of Object.keys(ours)) {
    if (!lines.some((line) => line.startsWith(`${key}=`))) fail(clone, `README's .env example lacks ${key}`);
  }
  const env = lines.map((line) => {
    const key = /^([A-Z_]+)=/.exec(line)?.[1];
    return key && ours[key] !== undefined ? `${key}=${ours[key]}` : line;
  });
  writeFileSync(path.join(clone.dir, ".env"), [...env, `PORT=${port}`, "HOST=127.0.0.1", ""].join("\n"));
  say(clone, `wrote .env from README (${lines.filter((line) => /^[A-Z_]+=/.test(line)).length} settings; secret, SMTP_URL and APP_URL local)`);

  const commands = commandsOf(commandBlock);
  const last = commands[commands.length - 1] ?? "";
  if (last !== "npm start") fail(clone, `README's production commands should end with \`npm start\`, not \`${last}\``);
  for (const command of commands.slice(0, -1)) await run(clone, command, shell());
  const server = await serve(clone, last, shell(), baseUrl, 60_000);
  try {
    const nodes = [...programsIn(clone.dir)].filter((program) => path.basename(program) === "node");
    check(clone, nodes.length > 0 && nodes.every((program) => program === path.join(node.bin, "node")), `the server runs on Node.js ${node.version} (${nodes.join(", ")})`);
    const health = await fetch(`${baseUrl}/healthz`);
    check(clone, health.status === 200 && (await health.text()).includes('"database":"ok"'), "/healthz answers 200 with the database ok");
    const page = await fetch(`${baseUrl}/activiteiten`, { headers: { "Accept-Language": "nl-BE" } });
    const html = await page.text();
    check(clone, page.status === 200 && html.includes('<html lang="nl"') && html.includes("Activiteiten"), "/activiteiten renders");

    // Mail goes out through SMTP_URL: ask for a sign-in code as a person would.
    const email = "productie-check@example.test";
    const signIn = await fetch(`${baseUrl}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "nl-BE" },
      body: new URLSearchParams({ email, redirectTo: "/activiteiten" }),
      redirect: "manual",
    });
    check(clone, signIn.status === 302 || signIn.status === 303, `asking for a sign-in code redirects (${signIn.status})`);
    const mail = await smtp.waitForMail(email, (received) => /\b\d{6}\b/.test(received.subject ?? ""), 30_000);
    check(clone, Boolean(mail), `the code arrived by SMTP: "${mail.subject}"`);

    // README, Backups: a backup of the database in use, and its check.
    await run(clone, "npm run backup", shell());
    await run(clone, "npm run restore -- --check backups/$(ls backups | grep '^warme-buurt-.*\\.db$' | tail -1)", shell());
  } finally {
    check(clone, await server.stop(), `\`npm start\` stops on SIGTERM within 10 s and ${baseUrl} is closed`);
  }
  // The unit and integration tests on that Node.js too, with this install (compiled for it). Without the
  // production .env: the tests set what they need, and the app would read what they leave unset from it.
  renameSync(path.join(clone.dir, ".env"), path.join(clone.dir, ".env.production"));
  await run(clone, "npm run test:unit", shell());
  say(clone, `ok in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await smtp.close();
  clone.remove();
  for (const remove of removeAfter) remove();
}

/** The programs of the processes working in `dir` (the shell, npm, the server). */
function programsIn(dir: string) {
  const programs = new Set<string>();
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) === dir) programs.add(readlinkSync(`/proc/${pid}/exe`));
    } catch {
      // gone already, or not ours to read
    }
  }
  return programs;
}

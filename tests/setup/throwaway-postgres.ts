// A PostgreSQL server for one test run, when TEST_POSTGRES_URL names none: the newest local binaries
// (/usr/lib/postgresql/<version>/bin, Debian's layout), a cluster in a temporary folder, 127.0.0.1 only, trust
// authentication, no fsync. Removed again by stop(). PostgreSQL refuses to run as root: then it runs as `postgres`.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

function newestBinaries() {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((version) => existsSync(path.join(base, version, "bin", "initdb")))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions[versions.length - 1];
  if (!newest) throw new Error("No PostgreSQL binaries in /usr/lib/postgresql: run `sudo apt-get install -y postgresql`");
  return path.join(base, newest, "bin");
}

/** A port nobody listens on right now. */
async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export async function startThrowawayPostgres() {
  const bin = newestBinaries();
  const root = userInfo().uid === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "warme-buurt-postgres-"));
  if (root) {
    const pgUser = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(pgUser), -1);
  }
  const asPostgres = (program: string, args: string[]) =>
    root ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args], { stdio: "ignore" }) : execFileSync(path.join(bin, program), args, { stdio: "ignore" });
  const port = await freePort();
  const data = path.join(dir, "data");
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
  asPostgres("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  console.log(`PostgreSQL ${path.basename(path.dirname(bin))}: a throwaway server on 127.0.0.1:${port} (set TEST_POSTGRES_URL to use your own)`);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      asPostgres("pg_ctl", ["-D", data, "-m", "fast", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

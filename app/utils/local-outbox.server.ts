import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "~/utils/env.server";

export type LocalMail = { id: string; to: string; subject: string; text: string; date: string };

/** The newest mails written to the local outbox folder (only used when no SMTP server is set). */
export async function listLocalOutbox(limit = 30): Promise<LocalMail[]> {
  let files: string[];
  try {
    files = (await readdir(env.OUTBOX_DIR)).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
  const newest = files.sort().reverse().slice(0, limit);
  return Promise.all(
    newest.map(async (file) => JSON.parse(await readFile(path.join(env.OUTBOX_DIR, file), "utf8")) as LocalMail),
  );
}

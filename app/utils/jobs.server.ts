import { remember } from "@epic-web/remember";

export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/**
 * Runs periodic jobs inside the web process. Each job must be safe to run in two processes at
 * once (claims, unique keys), so a second app process changes nothing.
 */
export function startJobs(jobs: Job[]) {
  remember("jobs-started", () => {
    const running = new Set<string>();
    const lastRun = new Map<string, number>();
    setInterval(() => {
      for (const job of jobs) {
        if (running.has(job.name) || Date.now() - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
        running.add(job.name);
        lastRun.set(job.name, Date.now());
        job
          .run()
          .catch((error: unknown) => console.error(`job ${job.name} failed`, error))
          .finally(() => running.delete(job.name));
      }
    }, 1_000).unref();
    return true;
  });
}

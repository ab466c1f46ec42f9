import { remember } from "@epic-web/remember";

export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

type Runner = { stop: (timeoutMs: number) => Promise<void> };

/**
 * Runs periodic jobs inside the web process. Each job must be safe to run in two processes at
 * once (claims, unique keys), so a second app process changes nothing.
 */
export function startJobs(jobs: Job[]): Runner {
  return remember("jobs-started", () => {
    const running = new Map<string, Promise<unknown>>();
    const lastRun = new Map<string, number>();
    const timer = setInterval(() => {
      for (const job of jobs) {
        if (running.has(job.name) || Date.now() - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
        lastRun.set(job.name, Date.now());
        running.set(
          job.name,
          job
            .run()
            .catch((error: unknown) => console.error(`job ${job.name} failed`, error))
            .finally(() => running.delete(job.name)),
        );
      }
    }, 1_000).unref();
    return {
      /** Starts no new run and waits (up to the bound) for the runs in progress. */
      async stop(timeoutMs: number) {
        clearInterval(timer);
        let bound: NodeJS.Timeout | undefined;
        await Promise.race([Promise.all(running.values()), new Promise((resolve) => (bound = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(bound);
      },
    };
  });
}

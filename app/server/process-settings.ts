/**
 * How a server process is started so that it stays small (goal: at most 250 MB per worker after the bench):
 * - MALLOC_ARENA_MAX=1: glibc otherwise gives each thread that allocates (compression and SQLite run on libuv's
 *   threads) an arena of its own, and a worker held some 70 MB more than it used (bench: 310-400 MB per worker).
 * - --max-semi-space-size=8 (MB, V8's default is 16): a smaller nursery for short-lived objects, some 20 MB less with
 *   no loss of speed measured.
 * Both must be there when the process starts: the cluster primary gives them to its workers, and `npm start` (a
 * single process) sets them itself; process-settings.test.ts keeps the two the same.
 */
export const processSettings = {
  env: { MALLOC_ARENA_MAX: "1" },
  nodeArgs: ["--max-semi-space-size=8"],
} as const;

/**
 * How a server process is started so that it stays small (goal: at most 250 MB per worker after the bench). All of
 * these are read when the process starts, so they cannot be set from inside it:
 * - MALLOC_ARENA_MAX=1: glibc otherwise gives each thread that allocates (compression and SQLite run on libuv's
 *   threads) an arena of its own, and a worker held some 70 MB more than it used (bench: 310-400 MB per worker).
 * - MALLOC_MMAP_THRESHOLD_ and MALLOC_TRIM_THRESHOLD_ fixed at 128 KB: glibc raises the threshold by itself after big
 *   buffers (a page, its compressed copy) are freed, up to 32 MB, after which they are carved from the heap and
 *   never given back: 145 MB of malloc heap after the bench, 67 MB with these (same speed).
 * - --max-old-space-size=192 (MB): under the bench's 20 connections a worker keeps some 55 MB alive, yet V8 let
 *   garbage pile up to 200 MB before collecting it (300-340 MB per worker); with the cap it collects sooner, at the
 *   same speed (190-210 MB). Three times what is alive: room for an export or a big digest.
 * - --max-semi-space-size=16 (MB): the young generation as Node 20 and 22 size it (32 MB). Node 24 makes it four times
 *   as big by itself, and a worker then held 290-300 MB after the bench; with this, 185-210 MB, for some 5 % fewer
 *   pages per second on 24.
 * The cluster primary gives them to its workers, and `npm start` (a single process) sets them itself;
 * process-settings.test.ts keeps the two the same.
 */
export const processSettings = {
  env: { MALLOC_ARENA_MAX: "1", MALLOC_MMAP_THRESHOLD_: "131072", MALLOC_TRIM_THRESHOLD_: "131072" },
  nodeArgs: ["--max-old-space-size=192", "--max-semi-space-size=16"],
} as const;

import { expect, test } from "vitest";
import { busMessages, isBusMessage } from "./cache-bus";
import { restartDelay } from "./cluster";

test("a crashing worker is started again after 1 s, then longer after each crash in a row, at most 30 s", () => {
  expect([1, 2, 3, 4, 5, 6, 7].map(restartDelay)).toEqual([
    1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
  ]);
});

test("only our own page-cache messages are taken from the IPC channel", () => {
  expect(isBusMessage({ type: busMessages.changed, id: "a" })).toBe(true);
  expect(isBusMessage({ type: "something-else", id: "a" })).toBe(false);
  expect(isBusMessage({ type: busMessages.clear })).toBe(false);
  expect(isBusMessage("wb:page-cache:clear")).toBe(false);
});

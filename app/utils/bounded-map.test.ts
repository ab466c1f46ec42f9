import { expect, test } from "vitest";
import { BoundedMap } from "./bounded-map";

test("a full map empties itself before it takes a new key, not for a key it has", () => {
  const map = new BoundedMap<string, number>(3);
  map.set("a", 1).set("b", 2).set("c", 3);
  map.set("b", 20);
  expect([...map]).toEqual([
    ["a", 1],
    ["b", 20],
    ["c", 3],
  ]);
  map.set("d", 4);
  expect([...map]).toEqual([["d", 4]]);
});

test("remember works a value out once, and keeps only what may be kept", () => {
  const map = new BoundedMap<string, unknown>(10);
  let made = 0;
  const make = () => ({ made: ++made });
  const first = map.remember("x", make);
  expect(map.remember("x", make)).toBe(first);
  expect(made).toBe(1);
  const notKept = map.remember(
    "y",
    () => ["a list"],
    (value) => typeof value === "string",
  );
  expect(notKept).toEqual(["a list"]);
  expect(map.has("y")).toBe(false);
});

test("it never holds more than its bound, whatever is added", () => {
  const map = new BoundedMap<number, number>(100);
  for (let i = 0; i < 10_000; i++) map.remember(i, () => i * 2);
  expect(map.size).toBeLessThanOrEqual(100);
  expect(map.remember(9_999, () => -1)).toBe(19_998);
});

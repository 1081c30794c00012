import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the path to return to after sign-in", () => {
  it.each([
    "/\\evil.example/",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "/\\/evil.example",
    "https://evil.example/progress",
    "javascript:alert(1)",
    "progress",
    "",
  ])("refuses %j, which would leave the site", (value) => {
    expect(safeReturnPath(value)).toBe("/progress");
    // What the browser would do with it: resolve against our page and stay on our origin.
    expect(new URL(safeReturnPath(value), "https://app.example").origin).toBe("https://app.example");
  });

  it.each([
    ["/quiz/abc/results", "/quiz/abc/results"],
    ["/practice?topic=apis", "/practice?topic=apis"],
    ["/questions/apis-rest#answer", "/questions/apis-rest#answer"],
    ["/settings/../progress", "/progress"],
  ])("keeps the same-origin path %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it("refuses anything that is not a string", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/progress");
    expect(safeReturnPath(undefined)).toBe("/progress");
  });
});

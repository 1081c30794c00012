import { describe, expect, it } from "vitest";
import { isValidTimeZone, nextLocalMidnight, startOfLocalDay, zoneOffsetMinutes } from "./local-day";

describe("startOfLocalDay", () => {
  it("is UTC midnight for UTC", () => {
    expect(startOfLocalDay(new Date("2026-06-10T15:30:00Z"), "UTC").toISOString()).toBe("2026-06-10T00:00:00.000Z");
  });

  it("follows the user's zone across the UTC date line", () => {
    // 01:30 UTC on the 10th is still the evening of the 9th in New York (UTC-4 in June).
    expect(startOfLocalDay(new Date("2026-06-10T01:30:00Z"), "America/New_York").toISOString()).toBe("2026-06-09T04:00:00.000Z");
    // 23:30 UTC on the 9th is already the 10th in Tokyo (UTC+9).
    expect(startOfLocalDay(new Date("2026-06-09T23:30:00Z"), "Asia/Tokyo").toISOString()).toBe("2026-06-09T15:00:00.000Z");
  });

  it("uses midnight's own offset on a daylight-saving day", () => {
    // Europe/Paris moves from UTC+1 to UTC+2 at 01:00 UTC on 2026-03-29; midnight was still UTC+1.
    expect(startOfLocalDay(new Date("2026-03-29T18:00:00Z"), "Europe/Paris").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(zoneOffsetMinutes(new Date("2026-03-29T18:00:00Z"), "Europe/Paris")).toBe(120);
  });

  it("knows real zones from made-up ones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("nextLocalMidnight", () => {
  it("is the start of the learner's tomorrow, across a daylight-saving change too", () => {
    expect(nextLocalMidnight(new Date("2026-03-10T22:30:00Z"), "America/New_York").toISOString()).toBe("2026-03-11T04:00:00.000Z");
    expect(nextLocalMidnight(new Date("2026-03-10T02:30:00Z"), "America/New_York").toISOString()).toBe("2026-03-10T04:00:00.000Z");
    // Europe/Berlin moves to summer time on 29 March 2026: that day has 23 hours.
    expect(nextLocalMidnight(new Date("2026-03-29T10:00:00Z"), "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(nextLocalMidnight(new Date("2026-12-01T23:59:00Z"), "UTC").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
});

describe("the remembered day", () => {
  const localDate = (instant: Date, timeZone: string) => instant.toLocaleDateString("en-CA", { timeZone });
  const localTime = (instant: Date, timeZone: string) => instant.toLocaleTimeString("en-GB", { timeZone, hourCycle: "h23" });

  it("gives each instant its own day, forwards and backwards through daylight-saving changes and between zones", () => {
    const zones = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"];
    const instants: Date[] = [];
    for (let t = Date.parse("2026-03-25T00:00:00Z"); t < Date.parse("2026-04-08T00:00:00Z"); t += 5 * 3_600_000 + 17 * 60_000) instants.push(new Date(t));
    for (let t = Date.parse("2026-11-05T00:00:00Z"); t > Date.parse("2026-10-20T00:00:00Z"); t -= 7 * 3_600_000 + 3 * 60_000) instants.push(new Date(t));
    for (const instant of instants) {
      for (const zone of zones) {
        const start = startOfLocalDay(instant, zone);
        expect(localTime(start, zone), `${instant.toISOString()} ${zone}`).toBe("00:00:00");
        expect(localDate(start, zone), `${instant.toISOString()} ${zone}`).toBe(localDate(instant, zone));
        const next = nextLocalMidnight(instant, zone);
        expect(localTime(next, zone)).toBe("00:00:00");
        expect(next.getTime()).toBeGreaterThan(instant.getTime());
        expect(localDate(new Date(next.getTime() - 1), zone)).toBe(localDate(instant, zone));
      }
    }
  });
});

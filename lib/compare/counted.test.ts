import { describe, expect, it } from "vitest";
import { countedKey } from "./counted";

describe("countedKey", () => {
  it.each([
    ["trucks", "truck"],
    ["trucks of trauma kits", "truck"],
    ["precision-guided weapons", "weapon"],
    ["members of the government's security forces", "force"],
    ["as members of the security forces", "force"],
    ["number of people", ""],
    ["people", ""],
    ["injured people", ""],
    ["were civilians", "civilian"],
    ["ISIS fighters", "fighter"],
    ["HTS and allied fighters", "fighter"],
    ["newly displaced families", "family"],
    ["US Navy destroyers", "destroyer"],
    ["percent of the city", "percent"],
    ["%", "percent"],
    ["villages", "village"],
    ["", ""],
  ])("%j counts %j", (unit, key) => {
    expect(countedKey(unit)).toBe(key);
  });

  it("keeps apart what differs and joins what only differs in form", () => {
    expect(countedKey("weapons")).not.toBe(countedKey("members of the security forces"));
    expect(countedKey("Trucks")).toBe(countedKey("aid trucks"));
    expect(countedKey("the villages")).toBe(countedKey("villages in Idlib"));
  });
});

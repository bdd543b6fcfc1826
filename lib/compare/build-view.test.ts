import { describe, expect, it } from "vitest";
import { buildCompareView, FIGURES_PER_CELL, listedFigures } from "./build-view";
import { d, makeClaim } from "./test-claims";

describe("listedFigures", () => {
  it("lists the newest FIGURES_PER_CELL figures of each side of a topic, and keeps every figure in the row", () => {
    const day = (k: number) => d(`2016-03-${String(k).padStart(2, "0")}`);
    const claims = [
      ...Array.from({ length: 20 }, (_, k) => makeClaim({ side: "monitor", value: 100 + k, date: day(k + 1), location: "Aleppo" })),
      makeClaim({ side: "russia", value: 5, date: day(10), location: "Aleppo" }),
    ];
    const view = buildCompareView(claims, { columns: ["monitor", "russia"], showAll: false, matched: null, order: "recent" });
    expect(view.rows).toHaveLength(1);
    const [row] = view.rows;
    expect(row.visible).toHaveLength(21);
    const listed = listedFigures(row);
    expect(listed).toHaveLength(FIGURES_PER_CELL + 1);
    const monitor = listed.filter((f) => f.claim.side === "monitor").map((f) => f.claim.value);
    // newest first: the 20th of March back to the 9th
    expect(monitor).toEqual(Array.from({ length: FIGURES_PER_CELL }, (_, k) => 119 - k));
    expect(listed.some((f) => f.claim.side === "russia")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { splitHighlights } from "./split-highlights";

const span = (start: number, end: number, claimId = 1) => ({ start, end, key: `${claimId}-${start}`, claimId, side: "russia" });

describe("splitHighlights", () => {
  it("keeps offsets and splits paragraphs on blank lines", () => {
    const text = "Jets flew 22 sorties.\n\nThey hit 27 targets.";
    const paras = splitHighlights(text, [span(10, 12), span(32, 34, 2)]);
    expect(paras).toHaveLength(2);
    expect(paras[0].segments.map((s) => s.text)).toEqual(["Jets flew ", "22", " sorties."]);
    const mark = paras[1].segments.find((s) => s.kind === "mark");
    expect(mark?.text).toBe("27");
    expect(text.slice(23 + 9, 23 + 11)).toBe("27");
  });

  it("drops overlapping and out-of-range spans instead of corrupting the text", () => {
    const text = "between 30 and 40 killed";
    const paras = splitHighlights(text, [span(0, 17), span(8, 10, 2), span(50, 60, 3)]);
    expect(paras[0].segments.map((s) => s.text).join("")).toBe(text);
    expect(paras[0].segments.filter((s) => s.kind === "mark")).toHaveLength(1);
  });
});

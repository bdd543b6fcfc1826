import { describe, expect, it } from "vitest";
import { defuseCell } from "./defuse-cell";

describe("defuseCell", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("quotes %j", (cell) => {
    expect(defuseCell(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary text and inner operators alone", () => {
    for (const cell of ["27 terrorist targets", "a = b", "Raqqa", "", "'already quoted", "1-2"]) expect(defuseCell(cell)).toBe(cell);
  });
});

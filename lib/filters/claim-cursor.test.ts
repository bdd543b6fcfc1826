import { describe, expect, it } from "vitest";
import { parseClaimCursor, withCursor } from "./claim-cursor";

describe("claim cursor", () => {
  it("reads after/before ids and drops junk", () => {
    expect(parseClaimCursor(new URLSearchParams("after=42"))).toEqual({ after: 42 });
    expect(parseClaimCursor({ before: "7" })).toEqual({ after: undefined, before: 7 });
    expect(parseClaimCursor({ after: "1 OR 1=1", before: "-3" })).toEqual({ after: undefined, before: undefined });
    expect(parseClaimCursor({ after: "5", before: "9" })).toEqual({ after: 5 });
  });

  it("appends the cursor to a filter query string", () => {
    expect(withCursor("?side=russia", { after: 10 })).toBe("?side=russia&after=10");
    expect(withCursor("", { before: 3 })).toBe("?before=3");
    expect(withCursor("", {})).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { describeFiltersForFileName, parseClaimFilters, serializeClaimFilters, toggleFilterValue } from "./claim-filters";

describe("parseClaimFilters", () => {
  it("reads repeated parameters and round-trips through the URL", () => {
    const params = new URLSearchParams("side=russia&side=monitor&metric=civilians_killed&outlet=The%20Ledger&q=Raqqa&from=2015-01-01&to=2017-12-31&sort=value&dir=asc&page=2");
    const f = parseClaimFilters(params);
    expect(f.side).toEqual(["russia", "monitor"]);
    expect(f.metric).toEqual(["civilians_killed"]);
    expect(f.outlet).toEqual(["The Ledger"]);
    expect(f).toMatchObject({ q: "Raqqa", from: "2015-01-01", to: "2017-12-31", sort: "value", dir: "asc", page: 2 });
    expect(parseClaimFilters(new URLSearchParams(serializeClaimFilters(f).slice(1)))).toEqual(f);
  });

  it("drops hostile and malformed values instead of failing or echoing them", () => {
    const f = parseClaimFilters({ side: ["russia", "'; DROP TABLE Claim;--", "<script>"], metric: "nope", from: "2015-13-45", page: "-3", sort: "id; DELETE", q: "x".repeat(5000) });
    expect(f.side).toEqual(["russia"]);
    expect(f.metric).toEqual([]);
    expect(f.from).toBeUndefined();
    expect(f.page).toBe(1);
    expect(f.sort).toBe("date");
    expect(f.q).toBeUndefined();
  });

  it("caps the number of values of one parameter", () => {
    const f = parseClaimFilters({ location: Array.from({ length: 500 }, (_, i) => `place ${i}`) });
    expect(f.location).toHaveLength(50);
  });

  it("toggles a facet value and resets paging", () => {
    const f = parseClaimFilters({ side: "russia", page: "3" });
    expect(toggleFilterValue(f, "side", "russia").side).toEqual([]);
    expect(toggleFilterValue(f, "side", "un")).toMatchObject({ side: ["russia", "un"], page: 1 });
  });

  it("names export files after the filters", () => {
    const f = parseClaimFilters({ side: ["russia", "monitor"], metric: "civilians_killed" });
    expect(describeFiltersForFileName("claims", f)).toBe("claims_side-russia+monitor_metric-civilians_killed");
  });
});

import { describe, expect, it } from "vitest";
import { claims } from "./test-helpers";

describe("tables with a header row", () => {
  const table = "| # | Date | Place | Killed | Wounded | Source |\n|---|------|-------|--------|---------|--------|\n| 1 | 2 May 2020 | Mekeshefa | 10 PMF fighters | 4 | PMF commission |\n| 3 | 21 Jan 2022 | Al-Azim | 11 soldiers | 2 | Ministry of Defence |";

  it("reads a bare number by its column and skips the row numbers", () => {
    const c = claims(table).map((x) => [x.value, x.metric]);
    expect(c).toContainEqual([4, "people_injured"]);
    expect(c).toContainEqual([11, "soldiers_killed"]);
    expect(c).toContainEqual([2, "people_injured"]);
    expect(c.some(([v]) => v === 1 || v === 3)).toBe(false);
  });

  it("takes each row's claimant from its Source column", () => {
    const row = claims(table).find((x) => x.value === 10);
    expect(row).toMatchObject({ claimant: "Popular Mobilisation Forces", side: "iraq_gov" });
  });

  it("reads a Markdown page's table, whose separator the parser has removed", () => {
    const text = "# | Date | Killed | Wounded | Source\n5 | 19 Mar 2023 | 4 soldiers | 6 | Iraqi army";
    expect(claims(text).map((x) => [x.value, x.metric])).toEqual([[4, "soldiers_killed"], [6, "people_injured"]]);
  });
});

describe("table cells that name their own source", () => {
  it("gives each figure the source in its own cell's brackets", () => {
    const text = "| Date | Where | US figure | Other figure |\n|---|---|---|---|\n| 25 Feb 2021 | Abu Kamal | 7 bombs dropped (Pentagon) | 22 fighters killed (SOHR) |";
    const c = claims(text);
    expect(c.find((x) => x.value === 7)?.side).toBe("us_coalition");
    expect(c.find((x) => x.value === 22)?.side).toBe("monitor");
  });
});

describe("a table's perpetrator and source-of-toll columns", () => {
  it("takes a row's actor from its Perpetrator cell and its claimant from 'Source of toll'", () => {
    const text = "| # | Date | Place | Killed (reported) | Wounded (reported) | Perpetrator (per prosecutors) | Source of toll |\n|---|---|---|---|---|---|---|\n| 1 | 20 Jul 2015 | Suruc | 33 | 104 | IS | Turkish interior ministry |";
    const c = claims(text).find((x) => x.value === 33);
    expect(c).toMatchObject({ metric: "people_killed", side: "turkey", actorSide: "isis" });
  });
});

describe("why a table's figure has its claimant", () => {
  it("names the table's source column or cell as the cue", () => {
    const text = "| Date | Killed | Source |\n|---|---|---|\n| 2 May 2020 | 10 soldiers | Iraqi army |";
    expect(claims(text).find((x) => x.value === 10)?.cue).toBe("table source column");
  });
});

describe("a Source cell without its article", () => {
  it("reads 'Interior ministry' in a table about Turkey as Turkey's interior ministry", () => {
    const text = "Bombings in Turkey, 2015-16. Turkey's cities were hit again and again.\n\n| Date | Place | Killed | Source of toll |\n|---|---|---|---|\n| 20 Jul 2015 | Suruc | 33 | Interior ministry |";
    expect(claims(text).find((x) => x.value === 33)?.side).toBe("turkey");
  });
});

describe("a Source cell naming a ministry without its country", () => {
  it("reads 'Ministry of Defence' in a table about Iraq as Iraq's", () => {
    const text = "Attacks on Iraqi army posts in Iraq, 2020-23, from Baghdad's own figures.\n\n| Date | Place | Killed | Source |\n|---|---|---|---|\n| 21 Jan 2022 | Al-Azim | 11 soldiers | Ministry of Defence |";
    expect(claims(text).find((x) => x.value === 11)?.side).toBe("iraq_gov");
  });
  it("reads a cell's 'Source: figure' prefix and an account column's side as the cell's source", () => {
    const text = "Strikes on militia sites, 2020-2023\n\n| Date | Where | US account | Other account |\n|---|---|---|---|\n| 3 Jan 2021 | al-Qaim | 4 facilities struck | PMF: 14 fighters killed |\n| 9 May 2022 | Albu Kamal | 12 targets | SOHR: 9 fighters killed |\n";
    const side = (v: number) => claims(text).find((x) => x.value === v)?.side;
    expect(side(4)).toBe("us_coalition");
    expect(side(14)).toBe("iraq_gov");
    expect(side(12)).toBe("us_coalition");
    expect(side(9)).toBe("monitor");
  });
});

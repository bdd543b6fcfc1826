// The shared read connection: it must see what another connection commits after it first read
// (it is kept open across requests, so a stale snapshot would hide every later ingest), follow
// DATABASE_URL to a new file, and report each statement to the benchmark's listener.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "@/lib/bench/temp-database";

let first: TempDatabase;
let second: TempDatabase;
let lib: typeof import("./read-connection");

beforeAll(async () => {
  first = createTempDatabase("test-read-connection-a");
  second = createTempDatabase("test-read-connection-b");
  process.env.DATABASE_URL = first.url;
  lib = await import("./read-connection");
});

afterAll(() => {
  lib.closeReadConnection();
  first.remove();
  second.remove();
});

const countOutlets = () => lib.readRows<{ n: number }>("SELECT count(*) AS n FROM Outlet")[0].n;

describe("readRows", () => {
  it("reads what another connection commits after its first read", () => {
    expect(countOutlets()).toBe(0);
    const writer = new Database(first.file);
    writer.prepare("INSERT INTO Outlet(name) VALUES (?)").run("Ledger");
    expect(countOutlets()).toBe(1);
    writer.exec("BEGIN");
    writer.prepare("INSERT INTO Outlet(name) VALUES (?)").run("Daily");
    expect(countOutlets()).toBe(1); // not yet committed
    writer.exec("COMMIT");
    expect(countOutlets()).toBe(2);
    writer.close();
  });

  it("binds parameters and returns rows as objects", () => {
    expect(lib.readRows<{ name: string }>("SELECT name FROM Outlet WHERE name = ?", ["Daily"])).toEqual([{ name: "Daily" }]);
  });

  it("refuses to write", () => {
    expect(() => lib.readRows("INSERT INTO Outlet(name) VALUES ('x') RETURNING id")).toThrow(/readonly/i);
  });

  it("follows DATABASE_URL to another file", () => {
    process.env.DATABASE_URL = second.url;
    try {
      expect(countOutlets()).toBe(0);
    } finally {
      process.env.DATABASE_URL = first.url;
    }
    expect(countOutlets()).toBe(2);
  });

  it("reports each statement and its parameters to the listener", () => {
    const seen: Array<[string, readonly unknown[]]> = [];
    lib.listenToReads((sql, params) => seen.push([sql, params]));
    try {
      lib.readRows("SELECT name FROM Outlet WHERE name = ?", ["Ledger"]);
    } finally {
      lib.listenToReads(null);
    }
    countOutlets();
    expect(seen).toEqual([["SELECT name FROM Outlet WHERE name = ?", ["Ledger"]]]);
  });
});

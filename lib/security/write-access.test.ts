import { describe, expect, it } from "vitest";
import { checkWriteAccess, isLoopbackAddress, readWriteSettings } from "./write-access";

const TOKEN = "s3cret-token-123456";
const LOCAL = { token: TOKEN, listenHost: "127.0.0.1" };

describe("checkWriteAccess", () => {
  it("allows a request from this machine when the server listens on loopback only", () => {
    for (const [ip, host] of [["127.0.0.1", "127.0.0.1:3000"], ["::1", "localhost:3000"], ["::ffff:127.0.0.1", "[::1]:3000"], [null, "localhost"]]) {
      expect(checkWriteAccess({ forwardedFor: ip, host, token: null }, LOCAL)).toEqual({ allowed: true, via: "localhost" });
    }
    expect(checkWriteAccess({ forwardedFor: "::1", host: "localhost", token: null }, { listenHost: "::1" }).allowed).toBe(true);
  });

  it("refuses, on a loopback server, a remote client behind a local proxy or a rebinding Host", () => {
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "localhost", token: null }, LOCAL).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "127.0.0.1, 203.0.113.9", host: "localhost", token: null }, LOCAL).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "127.0.0.1", host: "counterclaim.example", token: null }, LOCAL).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "127.0.0.1", host: null, token: null }, LOCAL).allowed).toBe(false);
  });

  it("needs the token whenever the server listens on another or an unknown address, whatever the headers say", () => {
    for (const listenHost of ["0.0.0.0", "::", "192.168.1.20", undefined]) {
      const d = checkWriteAccess({ forwardedFor: "127.0.0.1", host: "localhost:3000", token: null }, { token: TOKEN, listenHost });
      expect(d.allowed).toBe(false);
      if (!d.allowed) expect(d.reason).toMatch(/reachable from other machines/);
      expect(checkWriteAccess({ forwardedFor: "127.0.0.1", host: "localhost", token: TOKEN }, { token: TOKEN, listenHost })).toEqual({ allowed: true, via: "token" });
    }
  });

  it("allows any address with the right token and says why a wrong one fails", () => {
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x.example", token: TOKEN }, LOCAL)).toEqual({ allowed: true, via: "token" });
    const wrong = checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x.example", token: "nope" }, LOCAL);
    expect(wrong).toEqual({ allowed: false, reason: "the write token is not valid" });
  });

  it("never unlocks with an unset or too-short token", () => {
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x", token: "" }, { listenHost: "0.0.0.0" }).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x", token: "short" }, { token: "short", listenHost: "0.0.0.0" }).allowed).toBe(false);
  });

  it("reads its settings from the environment", () => {
    expect(readWriteSettings({ COUNTERCLAIM_WRITE_TOKEN: TOKEN, COUNTERCLAIM_LISTEN_HOST: "127.0.0.1" })).toEqual(LOCAL);
  });

  it("recognises loopback addresses only", () => {
    expect(["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1", "localhost"].every(isLoopbackAddress)).toBe(true);
    expect(["128.0.0.1", "10.0.0.1", "::ffff:10.0.0.1", "127.0.0.1.evil.com", "", "0.0.0.0", "::"].some(isLoopbackAddress)).toBe(false);
  });
});

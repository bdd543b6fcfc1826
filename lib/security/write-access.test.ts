import { describe, expect, it } from "vitest";
import { checkWriteAccess, isLoopbackAddress } from "./write-access";

const TOKEN = "s3cret-token-123456";

describe("checkWriteAccess", () => {
  it("allows a request from this machine", () => {
    for (const [ip, host] of [["127.0.0.1", "127.0.0.1:3000"], ["::1", "localhost:3000"], ["::ffff:127.0.0.1", "[::1]:3000"]]) {
      expect(checkWriteAccess({ forwardedFor: ip, host, token: null }, TOKEN)).toEqual({ allowed: true, via: "localhost" });
    }
  });

  it("refuses a remote address, a forged first hop behind a proxy, or a non-local Host", () => {
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "localhost", token: null }, TOKEN).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "127.0.0.1, 203.0.113.9", host: "localhost", token: null }, TOKEN).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "127.0.0.1", host: "counterclaim.example", token: null }, TOKEN).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: null, host: "localhost", token: null }, TOKEN).allowed).toBe(false);
  });

  it("allows any address with the right token and says why a wrong one fails", () => {
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x.example", token: TOKEN }, TOKEN)).toEqual({ allowed: true, via: "token" });
    const wrong = checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x.example", token: "nope" }, TOKEN);
    expect(wrong).toEqual({ allowed: false, reason: "the write token is not valid" });
  });

  it("never unlocks with an unset or too-short token", () => {
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x", token: "" }, undefined).allowed).toBe(false);
    expect(checkWriteAccess({ forwardedFor: "203.0.113.9", host: "x", token: "short" }, "short").allowed).toBe(false);
  });

  it("recognises loopback addresses only", () => {
    expect(["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1"].every(isLoopbackAddress)).toBe(true);
    expect(["128.0.0.1", "10.0.0.1", "::ffff:10.0.0.1", "127.0.0.1.evil.com", ""].some(isLoopbackAddress)).toBe(false);
  });
});

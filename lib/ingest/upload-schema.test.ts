import { describe, expect, it } from "vitest";
import { chosenFiles, MAX_UPLOAD_TOTAL_BYTES, uploadSchema } from "./upload-schema";

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe("uploadSchema", () => {
  it("accepts files or pasted text", () => {
    expect(uploadSchema.safeParse({ files: [file("a.txt", 10)] }).success).toBe(true);
    expect(uploadSchema.safeParse({ files: [], text: "Some article" }).success).toBe(true);
  });

  it("refuses an empty request and more than 12 MB in all", () => {
    expect(uploadSchema.safeParse({ files: [] }).error?.issues[0].message).toMatch(/choose a file/);
    const big = [file("a.txt", MAX_UPLOAD_TOTAL_BYTES / 2), file("b.txt", MAX_UPLOAD_TOTAL_BYTES / 2 + 1)];
    expect(uploadSchema.safeParse({ files: big }).error?.issues[0].message).toMatch(/larger than 12 MB/);
  });

  it("ignores the unnamed empty file a browser sends when none was chosen, keeps a named empty one", () => {
    expect(chosenFiles([file("", 0), "text", file("empty.txt", 0)]).map((f) => f.name)).toEqual(["empty.txt"]);
  });
});

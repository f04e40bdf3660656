import { describe, expect, it } from "vitest";
import { idSchema, isRealIsoDate, isoDateSchema } from "../../src/model";

describe("isoDateSchema", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "2025-01-01", "1000-01-01", "9999-12-31"])("accepts %s", (d) => {
    expect(isoDateSchema.parse(d)).toBe(d);
  });

  it.each(["2023-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10",
    "2025-01-00", "2025-1-01", "2025-01-01T00:00:00Z", " 2025-01-01", "", "20250101",
    "0001-01-01", "0999-12-31"])(
    "rejects %j with one plain message",
    (d) => {
      const r = isoDateSchema.safeParse(d);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["must be a real date written YYYY-MM-DD"]);
    },
  );

  it("rejects non-strings without echoing them", () => {
    const r = isoDateSchema.safeParse(20250101);
    expect(r.error?.issues[0]?.message).toBe("must be a real date written YYYY-MM-DD");
    expect(JSON.stringify(r.error?.issues)).not.toContain("20250101");
  });

  it("does not depend on Date or the time zone", () => {
    expect(isRealIsoDate("2024-02-29")).toBe(true);
    expect(isRealIsoDate(new Date(Date.UTC(2024, 1, 29)))).toBe(false);
  });
});

describe("idSchema", () => {
  it("accepts a non-empty string", () => expect(idSchema.parse("100234")).toBe("100234"));
  it.each(["", 12, null])("rejects %j", (v) => expect(idSchema.safeParse(v).success).toBe(false));
});

import { describe, expect, it } from "vitest";
import { ageOn, schoolAgeOn, schoolPhaseOn, toDay } from "../../src/calendar";

describe("ages and school phases", () => {
  it("a child born 29 February turns a year older on 1 March in non-leap years", () => {
    const dob = toDay("2012-02-29");
    expect(ageOn(dob, toDay("2013-02-28"))).toBe(0);
    expect(ageOn(dob, toDay("2013-03-01"))).toBe(1);
    expect(ageOn(dob, toDay("2016-02-28"))).toBe(3);
    expect(ageOn(dob, toDay("2016-02-29"))).toBe(4);
  });

  it("counts whole years", () => {
    expect(ageOn(toDay("2013-08-01"), toDay("2024-07-31"))).toBe(10);
    expect(ageOn(toDay("2013-08-01"), toDay("2024-08-01"))).toBe(11);
    expect(ageOn(toDay("2013-08-01"), toDay("2013-08-01"))).toBe(0);
  });

  it("born 2013-08-01 is of primary school-age on 2024-08-15 though aged 11 (calendar.md)", () => {
    const dob = toDay("2013-08-01");
    const d = toDay("2024-08-15");
    expect(ageOn(dob, d)).toBe(11);
    expect(schoolAgeOn(dob, d, "school-year")).toBe(10);
    expect(schoolPhaseOn(dob, d, "school-year")).toBe("primary");
    expect(schoolPhaseOn(dob, d, "age-on-date")).toBe("secondary");
    expect(schoolPhaseOn(dob, toDay("2024-09-01"), "school-year")).toBe("secondary");
  });

  it("born 2012-09-01 is 10 on 2023-08-31, secondary only from 2024-09-01 (calendar.md)", () => {
    const dob = toDay("2012-09-01");
    expect(ageOn(dob, toDay("2023-08-31"))).toBe(10);
    expect(schoolPhaseOn(dob, toDay("2024-08-31"), "school-year")).toBe("primary");
    expect(schoolPhaseOn(dob, toDay("2024-09-01"), "school-year")).toBe("secondary");
    expect(schoolAgeOn(dob, toDay("2024-09-01"), "school-year")).toBe(11);
  });

  it("has no phase below 4 or from 18", () => {
    const dob = toDay("2020-01-15");
    expect(schoolPhaseOn(dob, toDay("2024-01-15"), "age-on-date")).toBe("primary");
    expect(schoolPhaseOn(dob, toDay("2024-01-14"), "age-on-date")).toBeNull();
    expect(schoolPhaseOn(dob, toDay("2024-01-15"), "school-year")).toBeNull(); // 3 on 2023-08-31
    expect(schoolPhaseOn(dob, toDay("2037-12-01"), "school-year")).toBe("secondary"); // 17
    expect(schoolPhaseOn(dob, toDay("2038-09-01"), "school-year")).toBeNull(); // 18
  });
});

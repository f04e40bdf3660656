import { describe, expect, it } from "vitest";
import { COLLECTIONS, datasetJsonSchema } from "../../src/model";

describe("datasetJsonSchema", () => {
  it("is JSON-serialisable, titled, draft 2020-12", () => {
    const schema = datasetJsonSchema();
    const json = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
    expect(json).toEqual(schema);
    expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(json.title).toEqual(expect.any(String));
    expect(json.description).toEqual(expect.any(String));
  });

  it("lists every collection, none required", () => {
    const schema = datasetJsonSchema() as { properties: Record<string, unknown>; required?: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual([...COLLECTIONS].sort());
    expect(schema.required ?? []).toEqual([]);
  });

  it("describes the input side: defaulted fields are optional", () => {
    const schema = datasetJsonSchema() as {
      properties: { audits: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    const audit = schema.properties.audits.items;
    expect(audit.required).not.toContain("actions");
    expect(audit.required).not.toContain("faceToFaceFeedback");
    expect(audit.required).toContain("auditorId");
    expect(audit.properties.completedOn).toMatchObject({ type: "string", pattern: expect.any(String) });
  });

  it("describes lineManagement: ids and from required, to optional, dates by pattern", () => {
    const schema = datasetJsonSchema() as {
      properties: { lineManagement: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    const record = schema.properties.lineManagement.items;
    expect(record.required.sort()).toEqual(["from", "id", "lineManagerId", "staffId"]);
    expect(record.properties["to"]).toMatchObject({ type: "string", pattern: expect.any(String) });
  });

  it("returns a fresh object each call", () => {
    const a = datasetJsonSchema();
    (a as Record<string, unknown>).title = "changed";
    expect(datasetJsonSchema()).not.toHaveProperty("title", "changed");
  });
});

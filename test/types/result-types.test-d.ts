import type * as z from "zod/mini";
import { describe, expectTypeOf, it } from "vitest";
import type { breachSchema, escalationSchema, evaluationSchema, obligationSchema, sourceSchema, subjectSchema } from "../../src/model/evaluation";
import type { Breach, Escalation, Evaluation, Obligation, Source, Subject } from "../../src";

describe("the documented result types are the types the schemas read", () => {
  it("field for field", () => {
    expectTypeOf<z.infer<typeof subjectSchema>>().toEqualTypeOf<Subject>();
    expectTypeOf<z.infer<typeof sourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<z.infer<typeof obligationSchema>>().toEqualTypeOf<Obligation>();
    expectTypeOf<z.infer<typeof breachSchema>>().toEqualTypeOf<Breach>();
    expectTypeOf<z.infer<typeof escalationSchema>>().toEqualTypeOf<Escalation>();
    expectTypeOf<z.infer<typeof evaluationSchema>>().toEqualTypeOf<Evaluation>();
  });
});

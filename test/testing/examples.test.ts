import { describe, it } from "vitest";
import { registerCouncilSuite } from "../../examples/policy/council-suite";

registerCouncilSuite({ describe, it });

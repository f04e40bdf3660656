import type { Basis } from "../model/evaluation";

/** What each basis means, in a few words, as the reports explain it (firmest first). */
export const BASIS_MEANING: Readonly<Record<Basis, string>> = {
  qaf: "the QAF's own words say it",
  reading: "the QAF's words admit more than one meaning; the library takes one",
  assumption: "the QAF is silent; the library supplies a value",
};


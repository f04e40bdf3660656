import { datasetJsonSchema } from "../../model/json-schema";
import { emit, type CliIo } from "../io";

/**
 * `one-point-qaf schema`: the dataset's JSON Schema.
 *
 * @param args - `out`: a file to write instead of stdout
 * @param io - the io
 * @returns the exit code, 0
 */
export function schemaCommand(args: { out: string | undefined }, io: CliIo): number {
  emit(io, JSON.stringify(datasetJsonSchema(), null, 2) + "\n", args.out);
  return 0;
}

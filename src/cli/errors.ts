/** A command line that cannot be run as given: exit code 2 with the message and a pointer to `--help`. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Input that cannot be read at all (a missing file, broken JSON or CSV): exit code 2. */
export class InputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "InputError";
  }
}

/**
 * A run that did its work but must fail: `--fail-on-breach` with an active breach (exit 1),
 * `--strict` with a rejected record (exit 2). The output is written first; the message is
 * shown even with `--quiet`.
 */
export class CommandFailure extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = "CommandFailure";
    this.exitCode = exitCode;
  }
}

/**
 * One catalogue of coded errors. Every error a user can see names the input it is about and the reason,
 * and carries a stable code so that scripts and tests can tell errors apart without parsing messages.
 */
export const ErrorCodes = {
  DATA_FILE: 'E_DATA_FILE',
  INPUT_MISSING: 'E_INPUT_MISSING',
  INPUT_EMPTY: 'E_INPUT_EMPTY',
  INPUT_BINARY: 'E_INPUT_BINARY',
  INPUT_ENCODING: 'E_INPUT_ENCODING',
  INPUT_TOO_LARGE: 'E_INPUT_TOO_LARGE',
  INPUT_UNREADABLE: 'E_INPUT_UNREADABLE',
  BAD_ARGUMENT: 'E_BAD_ARGUMENT',
  LANGUAGE_UNSUPPORTED: 'E_LANGUAGE_UNSUPPORTED',
  RECORDS_FILE: 'E_RECORDS_FILE',
  INPUT_PARSE: 'E_INPUT_PARSE',
  INPUT_TYPE: 'E_INPUT_TYPE',
  STORE: 'E_STORE',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class ReadoutError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadoutError';
  }
}

/** A data file (lexicon, pattern table) that does not load: names the file, the line and the entry. */
export class DataFileError extends ReadoutError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(ErrorCodes.DATA_FILE, `${file}:${line}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/** Bad input to a command: names the input and the reason, in one line. */
export class InputError extends ReadoutError {
  constructor(
    code: ErrorCode,
    readonly input: string,
    readonly reason: string,
  ) {
    super(code, `${input}: ${reason}`);
    this.name = 'InputError';
  }
}

/** A PETRARCH records file (XML input) or one of its records that cannot be read: names the file and the line. */
export class RecordsFileError extends ReadoutError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(ErrorCodes.RECORDS_FILE, `${file}:${line}: ${detail}`);
    this.name = 'RecordsFileError';
  }
}

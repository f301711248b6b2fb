/**
 * Programmer and configuration errors: thrown with a code from this one catalogue (Orama's errors.ts).
 * Content problems are never thrown: they are `Message`s on the document. A test checks that every code
 * here is documented in docs/errors.md.
 */
export const ERROR_CODES = {
  BAD_OPTION: 'An option has a value of the wrong form.',
  MISSING_ARGUMENT: 'A required argument or option is missing.',
  UNKNOWN_COMMAND: 'The command is not one masar knows.',
  STAGE_ORDER: 'A stage ran before the stage whose output it needs.',
  STORE_CORRUPT: 'The store file is not a masar store or has an unknown schema version.',
  MODEL_MISSING: 'A shipped model or data file is missing from the installation.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class MasarError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERROR_CODES[code]} ${detail}` : ERROR_CODES[code]);
    this.code = code;
    this.name = 'MasarError';
  }
}

// Problems with a request that the user can fix, as typed values. Messages are neutral: they name what is wrong
// in words, never a command-line flag or an HTTP parameter. Each face maps `kind` to its own outcome (an exit
// code, an HTTP status), `param` to its own spelling ('--from' or 'from'), and `see` to where the user can look
// ('chronicle stories' or '/api/stories').

export type ServiceErrorKind =
  /** A parameter's value is malformed or contradicts another one. */
  | 'invalid'
  /** The thing asked for (a story, an entity, a source) does not exist. */
  | 'not_found'
  /** The request is well formed but there is nothing to build from (empty store, no match, not analysed). */
  | 'no_result';

/** A listing or action that helps with the problem. */
export type ServiceHint = 'stories' | 'entities' | 'sources' | 'ingest' | 'analyze';

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    readonly detail: { param?: string; see?: ServiceHint } = {},
  ) {
    super(message);
  }
}

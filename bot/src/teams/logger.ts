/**
 * The little the Teams layer needs from a logger, shaped like pino's `(object, message)` calls so
 * the composition root can pass its pino logger as it is, and tests can pass a recording one.
 */
export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

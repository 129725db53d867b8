/** The Teams layer logs through the application's Logger port (pino's `(object, message)` shape). */
export type { Logger } from '../application/ports';

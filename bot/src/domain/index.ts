/** The public surface of the domain: what the application, storage and edges import. */
export * from './state';
export * from './people';
export * from './department';
export * from './errors';
export * from './ports';
export {
  Programme,
  type NominationInput,
  type BookingOptions,
  type DocumentIds,
  type FollowUpInput,
  type TakeOffInput,
  type PersonalityTestStatus,
} from './programme';
export {
  type Actor,
  type Participant,
  roleIn,
  participantsOf,
  personWithRole,
  canViewProgramme,
  assertCanViewProgramme,
} from './access';
export {
  type GateTarget,
  type GateCode,
  type GateItem,
  type GateStatus,
  GateNotMet,
  gateStatus,
  missingFor,
  nextTarget,
  personalityTestRequired,
  personalityGateHolds,
} from './gates';
export {
  type GoalInput,
  type GoalChanges,
  type PracticeInput,
  type BlockInput,
  type BlockChanges,
  type AgreementTermsChanges,
  type ComplexityWarning,
  type AcceptanceResult,
  MANDATORY_BLOCK_KIND,
  DEFAULT_PERIOD_MONTHS,
  DEFAULT_FOLLOW_UP_CADENCE_WEEKS,
  BUILDING_BLOCK_KINDS,
  PRACTICE_FORMS,
  PRACTICE_REACHES,
  COMPLEXITIES,
  BLOCK_STATUSES,
  latestAgreement,
  effectiveAgreement,
  draftAgreement,
  agreementPeriodEnd,
  canMoveBlock,
  complexityWarnings,
} from './agreement';
export { CONVERSATION_KINDS, KIND_PHASE, KIND_ROLES, isOneOff } from './conversationKinds';
export { STARTUP_FORMATS, FRAME_ITEMS, GOAL_PROGRESS, READINESS, isOpen } from './conversation';
export {
  MESSAGES,
  type MessageCode,
  message,
  PHASE_LABELS,
  ROLE_LABELS,
  CONVERSATION_KIND_LABELS,
  CONVERSATION_STATUS_LABELS,
  BLOCK_KIND_LABELS,
  BLOCK_STATUS_LABELS,
  FIELD_LABELS,
  fieldLabel,
} from './messages';
export { PROGRAMME_TIME_ZONE, calendarDate, addMonths, lastDayOfPeriod, isIsoDate } from './calendar';

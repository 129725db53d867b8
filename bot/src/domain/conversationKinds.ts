/** Who takes part in each kind of conversation, and when it belongs in the programme. */
import { ProgrammeRole } from './people';
import { ConversationKind, Phase } from './state';

export const CONVERSATION_KINDS: readonly ConversationKind[] = [
  'startupPart1',
  'startupPart2',
  'followUp',
  'midway',
  'transition',
];

/** The phase a conversation kind belongs to: it can be booked only then. */
export const KIND_PHASE: Readonly<Record<ConversationKind, Phase>> = {
  startupPart1: 'startup',
  startupPart2: 'startup',
  followUp: 'development',
  midway: 'development',
  transition: 'completion',
};

/** Part 1, the midway and the transition interview include HR; part 2 and follow-ups are trainee and leader alone. */
export const KIND_ROLES: Readonly<Record<ConversationKind, readonly ProgrammeRole[]>> = {
  startupPart1: ['trainee', 'leader', 'hrConsultant'],
  startupPart2: ['trainee', 'leader'],
  followUp: ['trainee', 'leader'],
  midway: ['trainee', 'leader', 'hrConsultant'],
  transition: ['trainee', 'leader', 'hrConsultant'],
};

/** Every kind but follow-up meetings happens once in a programme. */
export function isOneOff(kind: ConversationKind): boolean {
  return kind !== 'followUp';
}

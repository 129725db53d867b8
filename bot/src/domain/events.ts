/**
 * What happened to a programme, as the domain reports it. The application decides who is told
 * (the edges never do): a booking is confirmed to every participant, feedback on the personality
 * test tells the trainee that the start-up interview may now take place, and so on.
 *
 * Events are derived by comparing the state before and after a change, in one place, so every
 * intent-named method of the aggregate reports what it did without each having to remember to.
 */
import { ConversationKind, Phase, ProgrammeState } from './state';

export type ProgrammeEvent =
  | { type: 'hrConsultantAttached'; hrConsultantId: string }
  | { type: 'phaseEntered'; phase: Phase }
  | { type: 'personalityTestTaken' }
  | { type: 'personalityFeedbackGiven' }
  | { type: 'conversationBooked'; conversationId: string; kind: ConversationKind; scheduledAt: string }
  | { type: 'conversationRescheduled'; conversationId: string; kind: ConversationKind; scheduledAt: string; previousAt: string }
  | { type: 'conversationCancelled'; conversationId: string; kind: ConversationKind }
  | { type: 'conversationHeld'; conversationId: string; kind: ConversationKind }
  | { type: 'conversationDocumented'; conversationId: string; kind: ConversationKind }
  | { type: 'agreementApprovedBy'; version: number; side: 'trainee' | 'leader' }
  | { type: 'agreementInForce'; version: number }
  | { type: 'followUpRecorded'; followUpId: string }
  | { type: 'takeOffRegistered' }
  | { type: 'programmeClosed' };

export type ProgrammeEventType = ProgrammeEvent['type'];

/** Everything that happened between two states of the same programme, in a stable order. */
export function eventsBetween(before: ProgrammeState, after: ProgrammeState): ProgrammeEvent[] {
  const events: ProgrammeEvent[] = [];
  if (after.hrConsultant && after.hrConsultant.id !== before.hrConsultant?.id) {
    events.push({ type: 'hrConsultantAttached', hrConsultantId: after.hrConsultant.id });
  }
  if (!before.personalityTest.taken && after.personalityTest.taken) events.push({ type: 'personalityTestTaken' });
  if (!before.personalityTest.feedbackGiven && after.personalityTest.feedbackGiven) events.push({ type: 'personalityFeedbackGiven' });

  for (const conversation of after.conversations) {
    const { id: conversationId, kind } = conversation;
    const earlier = before.conversations.find((c) => c.id === conversationId);
    if (!earlier) {
      events.push({ type: 'conversationBooked', conversationId, kind, scheduledAt: conversation.scheduledAt });
      continue;
    }
    if (earlier.scheduledAt !== conversation.scheduledAt) {
      events.push({ type: 'conversationRescheduled', conversationId, kind, scheduledAt: conversation.scheduledAt, previousAt: earlier.scheduledAt });
    }
    if (earlier.status !== conversation.status) {
      if (conversation.status === 'cancelled') events.push({ type: 'conversationCancelled', conversationId, kind });
      if (conversation.status === 'held') events.push({ type: 'conversationHeld', conversationId, kind });
      if (conversation.status === 'documented') events.push({ type: 'conversationDocumented', conversationId, kind });
    }
  }

  for (const agreement of after.agreements) {
    const earlier = before.agreements.find((a) => a.version === agreement.version);
    if (!earlier?.acceptedByTrainee && agreement.acceptedByTrainee) {
      events.push({ type: 'agreementApprovedBy', version: agreement.version, side: 'trainee' });
    }
    if (!earlier?.acceptedByLeader && agreement.acceptedByLeader) {
      events.push({ type: 'agreementApprovedBy', version: agreement.version, side: 'leader' });
    }
    if (earlier?.status !== 'accepted' && agreement.status === 'accepted') events.push({ type: 'agreementInForce', version: agreement.version });
  }

  for (const entry of after.followUps) {
    if (!before.followUps.some((f) => f.id === entry.id)) events.push({ type: 'followUpRecorded', followUpId: entry.id });
  }
  if (after.takeOff && after.takeOff.registered.at !== before.takeOff?.registered.at) events.push({ type: 'takeOffRegistered' });
  if (after.phase !== before.phase) events.push({ type: 'phaseEntered', phase: after.phase });
  if (!before.outcome && after.outcome) events.push({ type: 'programmeClosed' });
  return events;
}

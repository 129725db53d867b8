/**
 * `book` (also `aftal`, `book samtale`, and free text such as "jeg vil booke opstartssamtalen"):
 * proposes times for the conversation the person can book next, or for the kind they name.
 */
import { UseCases } from '../application/useCases';
import { ConversationKind } from '../domain/state';
import { CommandDefinition } from './commands';
import { replyWithProposal } from './bookingReplies';

/** The kind a text names, most specific first; undefined when it names none. */
export function kindNamedIn(text: string): ConversationKind | undefined {
  if (/\b(del 2|anden del|part 2|second part)\b/.test(text)) return 'startupPart2';
  if (/opstart|start-?up/.test(text)) return 'startupPart1';
  if (/opfølgning|follow-?up/.test(text)) return 'followUp';
  if (/midtvej|midway/.test(text)) return 'midway';
  if (/transition/.test(text)) return 'transition';
  return undefined;
}

export function bookCommand(useCases: Pick<UseCases, 'proposeBooking'>): CommandDefinition {
  return {
    name: 'book',
    words: ['book', 'book samtale', 'aftal', 'aftal samtale', 'aftal tidspunkt'],
    understands: [
      /\b(booke?|aftale?)\b.*\b(samtale\w*|opstart\w*|opfølgning\w*|midtvej\w*|transition\w*|møde\w*|tid|tidspunkt)\b/,
      /\bbook (a |an |the )?(conversation|interview|meeting|follow-up|time)\b/,
    ],
    async run({ context, language, person, args }) {
      const kind = kindNamedIn(args);
      const proposal = await useCases.proposeBooking({ actorId: person.personId, ...(kind ? { kind } : {}) });
      await replyWithProposal(context, language, proposal);
    },
  };
}

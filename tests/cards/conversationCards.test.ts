// The conversation cards rendered from programmes built through the domain's own rules: what each
// role sees, what is read-only, what each card says of its phase, and that every card stays under
// Teams' message limit however much was written.
import { conversationCardView } from '../../bot/src/application/conversations/conversationCardView';
import { AidLink } from '../../bot/src/cards';
import { renderConversationCard } from '../../bot/src/cards/conversationCards';
import { renderProgrammeFeedbackCard } from '../../bot/src/cards/programmeFeedbackCard';
import { renderTakeOffInvitationCard } from '../../bot/src/cards/takeOffCards';
import { answerKey } from '../../bot/src/domain/conversationForms';
import { Programme } from '../../bot/src/domain/programme';
import {
  agreementAccepted,
  closed,
  day,
  GOAL_1,
  HR,
  inDevelopment,
  LEADER,
  MIDWAY_ID,
  midwayHeld,
  part1Booked,
  PART1_ID,
  part2Held,
  PART2_ID,
  TRAINEE,
  TRANSITION_ID,
  transitionHeld,
} from '../domain/builders';
import { byteSize, openUrlActions, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from './cardInspection';

const aids: AidLink[] = [
  { key: 'skabelonOpstartssamtale', url: 'https://aids.example/opstart.docx' },
  { key: 'skabelonMidtvejssamtale', url: 'https://aids.example/midtvej.docx' },
  { key: 'skabelonTransitionssamtale', url: 'https://aids.example/transition.docx' },
  { key: 'ledelseSkalTraenes', url: 'https://aids.example/ledelse-skal-traenes.pdf' },
];

function card(programme: Programme, conversationId: string, viewerId: string, extra: object = {}) {
  const view = conversationCardView(programme, 7, conversationId, viewerId);
  return renderConversationCard({ language: 'da', view, aids, ...extra });
}

type Node = Record<string, unknown>;
function inputs(c: unknown): Node[] {
  const found: Node[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const n = v as Node;
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) found.push(n);
    Object.values(n).forEach(walk);
  };
  walk(c);
  return found;
}
const inputIds = (c: unknown) => inputs(c).map((i) => i.id);
const actions = (c: Record<string, unknown>) => (c.actions as Node[] | undefined) ?? [];

/** Midway held, with HR's private notes and a comment saved on the draft. */
function midwayWithDraft(): Programme {
  const p = midwayHeld();
  p.saveConversationDraft(MIDWAY_ID, { hrNotes: 'Tina virker presset – tal med lederen om tid.', whatWorks: 'Sparringen' }, day(180), HR.id);
  return p;
}

describe('the conversation cards', () => {
  it('start-up part 1 records the agreed period, 12 months by default, and never calls the programme one-year', () => {
    const c = card(part1Booked(), PART1_ID, HR.id);
    const period = inputs(c).find((i) => i.id === 'periodMonths');
    expect(period).toMatchObject({ type: 'Input.Number', value: 12, min: 1, max: 24 });
    const text = visibleText(c);
    expect(text).toContain('Opstartssamtale del 1');
    expect(text).toContain('Hvor mange måneder varer forløbet?');
    expect(JSON.stringify(c)).not.toMatch(/etårig|one-year|one year/i);
  });

  it('shows briefly the effect its phase should give and links the aid of that conversation', () => {
    const c = card(part1Booked(), PART1_ID, TRAINEE.id);
    expect(visibleText(c)).toContain('Personlig afklaring: ledertraineens motivation, styrker og svagheder.');
    expect(openUrlActions(c)).toEqual([{ title: 'Skabelon for opstartssamtalen', url: 'https://aids.example/opstart.docx' }]);

    const midway = card(midwayHeld(), MIDWAY_ID, LEADER.id);
    expect(visibleText(midway)).toContain('Erfaring med ledelse i praksis.');
    expect(openUrlActions(midway).map((a) => a.url)).toContain('https://aids.example/midtvej.docx');
  });

  it('the HR-only notes of the midway interview are on the HR consultant\'s card and not on the trainee\'s or the leader\'s', () => {
    const p = midwayWithDraft();
    const hr = card(p, MIDWAY_ID, HR.id);
    expect(inputs(hr).find((i) => i.id === 'hrNotes')?.value).toBe('Tina virker presset – tal med lederen om tid.');
    expect(visibleText(hr)).toContain('Kun du som HR-konsulent ser dette felt.');

    for (const person of [TRAINEE, LEADER]) {
      const other = card(p, MIDWAY_ID, person.id);
      expect(JSON.stringify(other)).not.toContain('presset');
      expect(inputIds(other)).not.toContain('hrNotes');
      expect(inputs(other).find((i) => i.id === 'whatWorks')?.value).toBe('Sparringen');
    }
  });

  it('asks for a status on every learning goal of the agreement in force at the midway interview', () => {
    const c = card(midwayHeld(), MIDWAY_ID, TRAINEE.id);
    expect(inputIds(c)).toEqual(expect.arrayContaining([answerKey.goalStatus(GOAL_1), answerKey.goalComment(GOAL_1)]));
    expect(visibleText(c)).toContain('Læringsmål: Lede et teammøde');
  });

  it('a documented interview\'s card is read-only: no inputs, no buttons, the answers as text', () => {
    const p = closed();
    const c = card(p, TRANSITION_ID, TRAINEE.id);
    expect(inputs(c)).toEqual([]);
    expect(actions(c)).toEqual([]);
    const text = visibleText(c);
    expect(text).toContain('Samtalen er dokumenteret. Kortet kan kun læses.');
    expect(text).toContain('Flere fælles samlinger på tværs.');
    expect(text).toContain('Lederparat');
  });

  it('a conversation of a phase the programme has left is read-only', () => {
    const p = inDevelopment();
    p.book('followUp', 'fu-1', day(40), 60, day(30), LEADER.id);
    // Booked in development; the programme is still there, so it is writable…
    expect(inputs(card(p, 'fu-1', LEADER.id)).length).toBeGreaterThan(0);
    // …but part 2, documented in start-up, is not.
    expect(inputs(card(p, PART2_ID, LEADER.id))).toEqual([]);
  });

  it('on the transition interview each party writes their own programme feedback; the other sees who writes it', () => {
    const p = transitionHeld();
    const trainee = card(p, TRANSITION_ID, TRAINEE.id);
    expect(inputIds(trainee)).toContain('traineeFeedback');
    expect(inputIds(trainee)).not.toContain('leaderFeedback');
    expect(visibleText(trainee)).toContain('Skrives af lederen.');
    const leader = card(p, TRANSITION_ID, LEADER.id);
    expect(inputIds(leader)).toContain('leaderFeedback');
    expect(inputIds(leader)).not.toContain('traineeFeedback');
  });

  it('the follow-up card is the referat af opfølgningsmødet, with the leader\'s sparring per practice element', () => {
    const p = agreementAccepted();
    p.beginDevelopment(day(22), LEADER.id);
    p.book('followUp', 'fu-1', day(40), 60, day(30), LEADER.id);
    const leader = card(p, 'fu-1', LEADER.id);
    expect(visibleText(leader)).toContain('Referat af opfølgningsmødet');
    expect(visibleText(leader)).toContain('Praksiselement: Følg lederen');
    expect(inputIds(leader)).toContain(answerKey.supervision('block-follow'));
    expect(actions(leader).map((a) => a.title)).toEqual(['Gem kladde', 'Gem referatet']);
    const trainee = card(p, 'fu-1', TRAINEE.id);
    expect(inputIds(trainee)).not.toContain(answerKey.supervision('block-follow'));
  });

  it('buttons are Action.Execute verbs with a Submit fallback, carrying only the view, programme, conversation and version', () => {
    const c = card(part2Held(), PART2_ID, LEADER.id);
    expect(c.version).toBe('1.5');
    expect(actions(c).map((a) => a.verb)).toEqual(['conversation.saveDraft', 'conversation.document']);
    for (const action of actions(c)) {
      expect(action.type).toBe('Action.Execute');
      expect(action.data).toEqual({ view: 'conversation', programmeId: 'programme-1', conversationId: PART2_ID, kind: 'startupPart2', version: 7 });
      expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: { ...(action.data as object), verb: action.verb } });
    }
  });

  it('refreshes for the participants it is given, so each sees their own current view', () => {
    const c = card(part2Held(), PART2_ID, LEADER.id, { refreshUserIds: ['29:1a', '29:1b'] });
    expect(c.refresh).toEqual({
      // A refresh renders what is stored now: it names no version.
      action: { type: 'Action.Execute', verb: 'refresh', data: { view: 'conversation', programmeId: 'programme-1', conversationId: PART2_ID } },
      userIds: ['29:1a', '29:1b'],
    });
  });

  it('shows refused answers on the card with their reasons and keeps what was typed', () => {
    const c = card(part2Held(), PART2_ID, TRAINEE.id, {
      input: { motivation: 'Min egen tekst' },
      problems: [{ key: 'strengths', text: 'Udfyld feltet »Styrker«.' }],
    });
    expect(inputs(c).find((i) => i.id === 'motivation')?.value).toBe('Min egen tekst');
    expect(visibleText(c)).toContain('Intet er gemt. Ret dette:');
    expect(visibleText(c)).toContain('Udfyld feltet »Styrker«.');
  });

  it('every card binds every expression and stays under 28 KB even with every answer at its longest', () => {
    const long = 'æ'.repeat(4000);
    const cases: [Programme, string][] = [
      [part1Booked(), PART1_ID],
      [part2Held(), PART2_ID],
      [midwayHeld(), MIDWAY_ID],
      [transitionHeld(), TRANSITION_ID],
      [closed(), TRANSITION_ID],
    ];
    for (const [p, id] of cases) {
      for (const viewer of [TRAINEE.id, LEADER.id, HR.id]) {
        let view;
        try {
          view = conversationCardView(p, 3, id, viewer);
        } catch {
          continue; // HR is not in part 2.
        }
        const input = Object.fromEntries(view.fields.map((f) => [f.key, f.type === 'text' ? long.slice(0, f.max) : '']));
        const c = renderConversationCard({ language: 'da', view, aids, input });
        expect(unboundExpressions(c)).toEqual([]);
        expect(byteSize(c)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
      }
    }
  });

  it('the admin\'s programme feedback card names trainee, department and both parties\' feedback, under 28 KB for many', () => {
    const item = {
      trainee: { name: 'Tina Trainee' },
      leader: { name: 'Lone Leder' },
      department: { name: 'Sundhed og Omsorg' },
      documentedAt: '2026-06-01T10:00:00.000Z',
      readiness: 'leaderReady' as const,
      traineeFeedback: 'Flere fælles samlinger på tværs.',
      leaderFeedback: 'Skabelonerne hjalp os.',
    };
    const c = renderProgrammeFeedbackCard({ language: 'da', items: [item] });
    const text = visibleText(c);
    expect(text).toContain('Tina Trainee · Sundhed og Omsorg · 1. juni 2026');
    expect(text).toContain('Flere fælles samlinger på tværs.');
    expect(text).toContain('Skabelonerne hjalp os. (Lone Leder)');
    const many = renderProgrammeFeedbackCard({ language: 'da', items: Array.from({ length: 80 }, () => ({ ...item, traineeFeedback: 'ø'.repeat(4000) })) });
    expect(byteSize(many)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(unboundExpressions(many)).toEqual([]);
  });

  it('the take-off invitation shows, as the conversation cards do, what the completion phase should give', () => {
    const c = renderTakeOffInvitationCard({ language: 'da', traineeName: 'Tina', event: { id: 'e1', date: '2026-10-15', place: 'Rådhuset', description: 'Take-off' } });
    expect(visibleText(c)).toContain('Det skal fasen give');
    expect(visibleText(c)).toContain("Ledertrainee i lederjob / 'lederparat' ledertrainee.");
    expect(unboundExpressions(c)).toEqual([]);
  });
});

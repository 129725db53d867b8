/**
 * What each phase should give the leader trainee (the seed's "Effekt" lists) and which of the programme's
 * aids (hjælperedskaber) belong to it (the seed lists them per phase). Shown on the tab's timeline
 * and where people work in that phase. Aids are named by the keys of their configured links.
 */
import { LocalizedText } from './localizedText';
import { ConversationKind, Phase } from './state';

export const PHASE_EFFECTS: Readonly<Record<Phase, readonly LocalizedText[]>> = {
  nomination: [],
  startup: [
    { da: 'Personlig afklaring: ledertraineens motivation, styrker og svagheder.', en: "Personal clarification: the leader trainee's motivation, strengths and weaknesses." },
    { da: 'Forventningsafstemning og gensidig forpligtelse.', en: 'Aligned expectations and mutual commitment.' },
  ],
  development: [
    { da: 'Uddannelse i og viden om ledelse.', en: 'Education in and knowledge of leadership.' },
    { da: 'Erfaring med ledelse i praksis.', en: 'Experience of leadership in practice.' },
    { da: 'Netværk og relationer på tværs af Aarhus Kommune.', en: 'Network and relations across Aarhus Kommune.' },
    { da: 'Kendskab til ledelseskontekst i egen magistratsafdeling.', en: 'Knowledge of the leadership context in your own department.' },
  ],
  completion: [
    { da: 'Læring fra forløbet.', en: 'Learning from the programme.' },
    { da: 'Skærpe ledertraineens refleksioner over og planer for næste skridt mod det første lederjob.', en: "Sharper reflection on, and plans for, the leader trainee's next step towards a first leader job." },
    { da: "Ledertrainee i lederjob / 'lederparat' ledertrainee.", en: "Leader trainee in a leader job, or a 'leader-ready' leader trainee." },
  ],
};

/** The aids of each phase, by the key of their configured link (config.ts, AID_URL_*). */
export const PHASE_AIDS: Readonly<Record<Phase, readonly string[]>> = {
  nomination: ['spotEtLedertalent'],
  startup: ['skabelonOpstartssamtale', 'skabelonLaeringsaftale', 'skabeloner'],
  development: ['ledelseSkalTraenes', 'skabelonMidtvejssamtale'],
  completion: ['skabelonTransitionssamtale'],
};

/** The aids of each conversation's template, by configured key. */
const CONVERSATION_AIDS: Readonly<Record<ConversationKind, readonly string[]>> = {
  startupPart1: ['skabelonOpstartssamtale'],
  startupPart2: ['skabelonOpstartssamtale', 'skabelonLaeringsaftale'],
  followUp: ['ledelseSkalTraenes'],
  midway: ['skabelonMidtvejssamtale', 'ledelseSkalTraenes'],
  transition: ['skabelonTransitionssamtale'],
};

/**
 * The aids a conversation's card and the meeting's side panel link: its own, as far as they are
 * configured (`resolve` keeps the configured ones), else the shared templates.
 */
export function conversationAids<T>(kind: ConversationKind, resolve: (keys: readonly string[]) => T[]): T[] {
  const own = resolve(CONVERSATION_AIDS[kind]);
  return own.length > 0 ? own : resolve(['skabeloner']);
}

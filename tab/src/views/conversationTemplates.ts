/**
 * What each interview template asks (the seed names the templates; these are the product's fields, as the
 * cards use them), for the meeting side panel: the people in the meeting see what the conversation is
 * to cover while they hold it. The answers are recorded on the conversation's card in the chat.
 */
import type { ConversationKindName, LocalizedText } from '../../../bot/src/api/contract';

export const TEMPLATE_QUESTIONS: Record<ConversationKindName, LocalizedText[]> = {
  startupPart1: [
    { da: 'Form: individuel samtale eller fælles møde for magistratsafdelingen', en: 'Format: individual or a joint department meeting' },
    { da: 'Er forløbets ramme introduceret?', en: 'Has the frame of the programme been introduced?' },
    { da: 'Er der givet feedback på persontesten (når den kræves)?', en: 'Has feedback on the personality test been given (when required)?' },
    { da: 'Praktisk ramme: periode og timer om ugen', en: 'Practical frame: period and hours per week' },
    { da: 'Dato for opstartssamtale del 2', en: 'Date of start-up interview part 2' },
  ],
  startupPart2: [
    { da: 'Hvad er din motivation?', en: 'What is your motivation?' },
    { da: 'Styrker', en: 'Strengths' },
    { da: 'Udviklingsområder', en: 'Development areas' },
    { da: 'Forventninger til ledertraineen', en: 'Expectations of the leader trainee' },
    { da: 'Forventninger til nærmeste leder', en: 'Expectations of the nearest leader' },
    { da: 'Gensidige forpligtelser', en: 'Mutual commitments' },
    { da: 'De første læringsmål', en: 'The first learning goals' },
  ],
  followUp: [
    { da: 'Hvilke byggeklodser har I drøftet?', en: 'Which building blocks did you discuss?' },
    { da: 'Hvad har ledertraineen lært?', en: 'What has the leader trainee learned?' },
    { da: 'Erfaringer', en: 'Experiences' },
    { da: 'Nærmeste leders feedback', en: "The nearest leader's feedback" },
    { da: 'Næste skridt', en: 'Next actions' },
    { da: 'Næste trin i kompleksitet', en: 'Next step in complexity' },
  ],
  midway: [
    { da: 'Status for hvert læringsmål: på sporet, bagud eller nået', en: 'Status of each learning goal: on track, behind or reached' },
    { da: 'Hvad virker?', en: 'What works?' },
    { da: 'Hvad skal justeres?', en: 'What should be adjusted?' },
    { da: 'Netværk', en: 'Network' },
    { da: 'Skal læringsaftalen revideres?', en: 'Should the learning agreement be revised?' },
  ],
  transition: [
    { da: 'Effekt og resultat for hvert læringsmål', en: 'Effect and result for each learning goal' },
    { da: 'Hvad har du lært?', en: 'What have you learned?' },
    { da: 'Næste skridt mod det første lederjob', en: 'Next step towards a first leader job' },
    { da: 'Parathed: i lederjob, ledelsesparat eller ikke endnu', en: 'Readiness: in a leader job, leader-ready or not yet' },
    { da: 'Feedback på forløbet fra ledertraineen og nærmeste leder', en: 'Feedback on the programme from the leader trainee and the nearest leader' },
  ],
};

/**
 * The learning agreement card's texts, beside its templates (agreement.json, agreementGoal.json,
 * agreementBlock.json). Names of fields, kinds and statuses come from the domain's labels.
 */
import { FIELD_LABELS } from '../domain/labels';
import { inLanguage, InLanguage, LocalizedText } from '../domain/localizedText';
import { Language } from './language';

export const AGREEMENT_TEXTS = {
  title: ({ trainee }: { trainee: string }) => ({ da: `Læringsaftale – ${trainee}`, en: `Learning agreement – ${trainee}` }),
  noAgreement: {
    da: 'Læringsaftalen udformes i opstartssamtalens anden del. Når den er skrevet, kan I se og rette den her.',
    en: 'The learning agreement is drafted in part 2 of the start-up interview. Once it is written, you can see and edit it here.',
  },
  versionLine: ({ version, status }: { version: number; status: LocalizedText }) => ({
    da: `Version ${version} · ${status.da}`,
    en: `Version ${version} · ${status.en}`,
  }),
  inForce: ({ version }: { version: number }) => ({
    da: `Version ${version} gælder, indtil denne version er godkendt af begge.`,
    en: `Version ${version} applies until both have approved this version.`,
  }),
  revisionReason: { da: 'Hvorfor en ny version', en: 'Why a new version' },
  period: FIELD_LABELS.period,
  cadence: { da: 'Opfølgningsmøder', en: 'Follow-up meetings' },
  cadenceValue: ({ weeks }: { weeks: number }) => ({ da: `hver ${weeks}. uge`, en: `every ${weeks} weeks` }),
  approvedByTrainee: { da: 'Godkendt af ledertraineen', en: 'Approved by the leader trainee' },
  approvedByLeader: { da: 'Godkendt af nærmeste leder', en: 'Approved by the nearest leader' },
  acknowledgedByHr: { da: 'Kvitteret af HR-konsulenten', en: 'Acknowledged by the HR consultant' },
  notYet: { da: 'ikke endnu', en: 'not yet' },
  effectHeading: { da: 'Det skal fasen give', en: 'What the phase should give' },
  aidsHeading: { da: 'Hjælperedskaber', en: 'Aids' },
  goalsHeading: FIELD_LABELS.goals,
  noGoals: { da: 'Der er ingen læringsmål endnu.', en: 'There are no learning goals yet.' },
  blocksHeading: FIELD_LABELS.blocks,
  readOnly: {
    da: 'Læringsaftalen er godkendt. Skal den ændres, så åbn en ny version.',
    en: 'The learning agreement is approved. To change it, open a new version.',
  },
  observer: {
    da: 'Du ser læringsaftalen uden at være part i forløbet.',
    en: 'You see the learning agreement without being part of the programme.',
  },
  warningsHeading: { da: 'Bemærk', en: 'Note' },
  edit: { da: 'Ret', en: 'Edit' },
  remove: { da: 'Fjern', en: 'Remove' },
  save: { da: 'Gem', en: 'Save' },
  addGoal: { da: 'Tilføj læringsmål', en: 'Add learning goal' },
  addBlock: { da: 'Tilføj byggeklods', en: 'Add building block' },
  approve: { da: 'Godkend læringsaftalen', en: 'Approve the learning agreement' },
  acknowledge: { da: 'Kvittér for læringsaftalen', en: 'Acknowledge the learning agreement' },
  revise: { da: 'Ny version', en: 'New version' },
  reviseReason: { da: 'Hvorfor skal læringsaftalen ændres?', en: 'Why does the learning agreement need to change?' },
  openRevision: { da: 'Åbn en ny version', en: 'Open a new version' },
  terms: { da: 'Periode og opfølgning', en: 'Period and follow-up' },
  saveTerms: { da: 'Gem periode og opfølgning', en: 'Save period and follow-up' },
  periodStart: FIELD_LABELS.periodStart,
  periodMonths: FIELD_LABELS.periodMonths,
  newGoalTitle: { da: 'Nyt læringsmål', en: 'New learning goal' },
  editGoalTitle: { da: 'Ret læringsmål', en: 'Edit learning goal' },
  newBlockTitle: { da: 'Ny byggeklods', en: 'New building block' },
  editBlockTitle: { da: 'Ret byggeklods', en: 'Edit building block' },
  back: { da: 'Tilbage til læringsaftalen', en: 'Back to the learning agreement' },
  setStatus: FIELD_LABELS.status,
  saveStatus: { da: 'Gem status', en: 'Save status' },
  choose: { da: 'Vælg', en: 'Choose' },
  linkedGoals: { da: 'Læringsmål, byggeklodsen støtter', en: 'Learning goals the block supports' },
  from: { da: 'Fra', en: 'From' },
  to: { da: 'Til', en: 'To' },
  complexity: ({ level }: { level: number }) => ({ da: `kompleksitet ${level}`, en: `complexity ${level}` }),
  choiceTitle: { da: 'Hvilken læringsaftale vil du se?', en: 'Which learning agreement do you want to see?' },
  choiceNone: {
    da: 'Du er ikke med i et forløb med en læringsaftale.',
    en: 'You are not part of a programme with a learning agreement.',
  },
  saved: { da: 'Gemt.', en: 'Saved.' },
  approvedNotice: { da: 'Du har godkendt læringsaftalen.', en: 'You have approved the learning agreement.' },
  acknowledgedNotice: { da: 'Du har kvitteret for læringsaftalen.', en: 'You have acknowledged the learning agreement.' },
  revisedNotice: {
    da: 'En ny version er åbnet. Den gældende version gælder, indtil I begge har godkendt den nye.',
    en: 'A new version is open. The current version applies until you have both approved the new one.',
  },
  practiceOnly: { da: 'Kun for praksiselementer', en: 'Practice elements only' },
  months: ({ months }: { months: number }) => ({ da: `${months} måneder`, en: `${months} months` }),
  openFromStatus: { da: 'Se læringsaftalen', en: 'See the learning agreement' },
};

export type AgreementTexts = InLanguage<typeof AGREEMENT_TEXTS>;

export function agreementTextsFor(language: Language): AgreementTexts {
  return inLanguage(AGREEMENT_TEXTS, language);
}

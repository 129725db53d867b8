/** The learning agreement card's texts (da first, en mirrors). Field and kind labels come from the domain. */
import { Language } from './language';

export interface AgreementTexts {
  title: string;
  noAgreement: string;
  versionLine: string;
  statusDraft: string;
  statusApproved: string;
  statusSuperseded: string;
  inForce: string;
  revisionReason: string;
  period: string;
  cadence: string;
  cadenceValue: string;
  approvedByTrainee: string;
  approvedByLeader: string;
  acknowledgedByHr: string;
  notYet: string;
  effectHeading: string;
  aidsHeading: string;
  goalsHeading: string;
  noGoals: string;
  blocksHeading: string;
  moreGoals: string;
  moreBlocks: string;
  readOnly: string;
  observer: string;
  warningsHeading: string;
  edit: string;
  remove: string;
  save: string;
  addGoal: string;
  addBlock: string;
  approve: string;
  acknowledge: string;
  revise: string;
  reviseReason: string;
  openRevision: string;
  terms: string;
  saveTerms: string;
  periodStart: string;
  periodMonths: string;
  newGoalTitle: string;
  editGoalTitle: string;
  newBlockTitle: string;
  editBlockTitle: string;
  back: string;
  setStatus: string;
  saveStatus: string;
  choose: string;
  linkedGoals: string;
  from: string;
  to: string;
  complexity: string;
  choiceTitle: string;
  choiceNone: string;
  saved: string;
  approvedNotice: string;
  acknowledgedNotice: string;
  revisedNotice: string;
  practiceOnly: string;
  months: string;
  openFromStatus: string;
}

const da: AgreementTexts = {
  title: 'Læringsaftale – {trainee}',
  noAgreement: 'Læringsaftalen udformes i opstartssamtalens anden del. Når den er skrevet, kan I se og rette den her.',
  versionLine: 'Version {version} · {status}',
  statusDraft: 'kladde',
  statusApproved: 'godkendt',
  statusSuperseded: 'erstattet af en nyere version',
  inForce: 'Version {version} gælder, indtil denne version er godkendt af begge.',
  revisionReason: 'Hvorfor en ny version',
  period: 'Periode',
  cadence: 'Opfølgningsmøder',
  cadenceValue: 'hver {weeks}. uge',
  approvedByTrainee: 'Godkendt af ledertraineen',
  approvedByLeader: 'Godkendt af nærmeste leder',
  acknowledgedByHr: 'Kvitteret af HR-konsulenten',
  notYet: 'ikke endnu',
  effectHeading: 'Det skal fasen give',
  aidsHeading: 'Hjælperedskaber',
  goalsHeading: 'Læringsmål',
  noGoals: 'Der er ingen læringsmål endnu.',
  blocksHeading: 'Byggeklodser',
  moreGoals: '… og {count} læringsmål mere: se dem alle under fanen.',
  moreBlocks: '… og {count} byggeklodser mere: se dem alle under fanen.',
  readOnly: 'Læringsaftalen er godkendt. Skal den ændres, så åbn en ny version.',
  observer: 'Du ser læringsaftalen uden at være part i forløbet.',
  warningsHeading: 'Bemærk',
  edit: 'Ret',
  remove: 'Fjern',
  save: 'Gem',
  addGoal: 'Tilføj læringsmål',
  addBlock: 'Tilføj byggeklods',
  approve: 'Godkend læringsaftalen',
  acknowledge: 'Kvittér for læringsaftalen',
  revise: 'Ny version',
  reviseReason: 'Hvorfor skal læringsaftalen ændres?',
  openRevision: 'Åbn en ny version',
  terms: 'Periode og opfølgning',
  saveTerms: 'Gem periode og opfølgning',
  periodStart: 'Periodens start',
  periodMonths: 'Periode (måneder)',
  newGoalTitle: 'Nyt læringsmål',
  editGoalTitle: 'Ret læringsmål',
  newBlockTitle: 'Ny byggeklods',
  editBlockTitle: 'Ret byggeklods',
  back: 'Tilbage til læringsaftalen',
  setStatus: 'Status',
  saveStatus: 'Gem status',
  choose: 'Vælg',
  linkedGoals: 'Læringsmål, byggeklodsen støtter',
  from: 'Fra',
  to: 'Til',
  complexity: 'kompleksitet {level}',
  choiceTitle: 'Hvilken læringsaftale vil du se?',
  choiceNone: 'Du er ikke med i et forløb med en læringsaftale.',
  saved: 'Gemt.',
  approvedNotice: 'Du har godkendt læringsaftalen.',
  acknowledgedNotice: 'Du har kvitteret for læringsaftalen.',
  revisedNotice: 'En ny version er åbnet. Den gældende version gælder, indtil I begge har godkendt den nye.',
  practiceOnly: 'Kun for praksiselementer',
  months: '{months} måneder',
  openFromStatus: 'Se læringsaftalen',
};

const en: AgreementTexts = {
  title: 'Learning agreement – {trainee}',
  noAgreement: 'The learning agreement is drafted in part 2 of the start-up interview. Once it is written, you can see and edit it here.',
  versionLine: 'Version {version} · {status}',
  statusDraft: 'draft',
  statusApproved: 'approved',
  statusSuperseded: 'superseded by a newer version',
  inForce: 'Version {version} applies until both have approved this version.',
  revisionReason: 'Why a new version',
  period: 'Period',
  cadence: 'Follow-up meetings',
  cadenceValue: 'every {weeks} weeks',
  approvedByTrainee: 'Approved by the leader trainee',
  approvedByLeader: 'Approved by the nearest leader',
  acknowledgedByHr: 'Acknowledged by the HR consultant',
  notYet: 'not yet',
  effectHeading: 'What the phase should give',
  aidsHeading: 'Aids',
  goalsHeading: 'Learning goals',
  noGoals: 'There are no learning goals yet.',
  blocksHeading: 'Building blocks',
  moreGoals: '… and {count} more learning goals: see them all in the tab.',
  moreBlocks: '… and {count} more building blocks: see them all in the tab.',
  readOnly: 'The learning agreement is approved. To change it, open a new version.',
  observer: 'You see the learning agreement without being part of the programme.',
  warningsHeading: 'Note',
  edit: 'Edit',
  remove: 'Remove',
  save: 'Save',
  addGoal: 'Add learning goal',
  addBlock: 'Add building block',
  approve: 'Approve the learning agreement',
  acknowledge: 'Acknowledge the learning agreement',
  revise: 'New version',
  reviseReason: 'Why does the learning agreement need to change?',
  openRevision: 'Open a new version',
  terms: 'Period and follow-up',
  saveTerms: 'Save period and follow-up',
  periodStart: 'Start of the period',
  periodMonths: 'Period (months)',
  newGoalTitle: 'New learning goal',
  editGoalTitle: 'Edit learning goal',
  newBlockTitle: 'New building block',
  editBlockTitle: 'Edit building block',
  back: 'Back to the learning agreement',
  setStatus: 'Status',
  saveStatus: 'Save status',
  choose: 'Choose',
  linkedGoals: 'Learning goals the block supports',
  from: 'From',
  to: 'To',
  complexity: 'complexity {level}',
  choiceTitle: 'Which learning agreement do you want to see?',
  choiceNone: 'You are not part of a programme with a learning agreement.',
  saved: 'Saved.',
  approvedNotice: 'You have approved the learning agreement.',
  acknowledgedNotice: 'You have acknowledged the learning agreement.',
  revisedNotice: 'A new version is open. The current version applies until you have both approved the new one.',
  practiceOnly: 'Practice elements only',
  months: '{months} months',
  openFromStatus: 'See the learning agreement',
};

export function agreementTextsFor(language: Language): AgreementTexts {
  return language === 'en' ? en : da;
}

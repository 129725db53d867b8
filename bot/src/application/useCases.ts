/**
 * Every user intent the product offers, built once by the composition root from the ports and
 * handed to the edges (bot and tab API) as this one object. The edges never see storage.
 */
import { Locale } from '../domain/errors';
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { PersonId } from '../domain/people';
import { chooseLanguage, languageForTurn, Sender } from './language';
import { Clock, Notifier } from './ports';
import { PersonalityTestRequest, recordPersonalityTestStep } from './personalityTest';
import { programmeStatus, ProgrammeStatus } from './programmeStatus';

export interface UseCaseDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  departments: DepartmentRepository;
  clock: Clock;
  notifier: Notifier;
}

export interface UseCases {
  /** The language to answer the sender in now (remembers the locale their client reported). */
  languageForTurn(sender: Sender, reportedLocale: string | undefined): Promise<Locale>;
  /** `sprog dansk` / `language english`. */
  chooseLanguage(sender: Sender, language: Locale): Promise<Locale>;
  /** `status`: the sender's programmes, what is due and what waits for them. */
  programmeStatus(personId: PersonId): Promise<ProgrammeStatus[]>;
  /** The trainee took the personality test, or HR gave the feedback on it. */
  recordPersonalityTestStep(request: PersonalityTestRequest): Promise<void>;
}

export function createUseCases(deps: UseCaseDeps): UseCases {
  return {
    languageForTurn: (sender, reportedLocale) => languageForTurn(deps, sender, reportedLocale),
    chooseLanguage: (sender, language) => chooseLanguage(deps, sender, language),
    programmeStatus: (personId) => programmeStatus(deps, personId),
    recordPersonalityTestStep: (request) => recordPersonalityTestStep(deps, request),
  };
}

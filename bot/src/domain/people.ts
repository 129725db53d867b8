/** An Entra ID (Azure AD) object id: the stable identity Teams gives every user. */
export type PersonId = string;

/** A person as the programme refers to them: enough to show a name without a directory look-up. */
export interface PersonRef {
  id: PersonId;
  name: string;
  email?: string;
}

/** The three people who carry a programme. */
export type ProgrammeRole = 'trainee' | 'leader' | 'hrConsultant';

/** Every role the product knows; a programme admin sees and manages all programmes. */
export type Role = ProgrammeRole | 'programmeAdmin';

export const PROGRAMME_ROLES: readonly ProgrammeRole[] = ['trainee', 'leader', 'hrConsultant'];

/** A person in the directory, with the roles they hold outside any one programme. */
export interface Person extends PersonRef {
  /** The Teams locale last seen from this person, e.g. "da-DK" or "en-US". */
  locale?: string;
  /**
   * The language the person chose themselves ("sprog dansk" / "language english"); it wins over
   * the Teams locale, which some clients report wrongly (the Agents Playground always says en-US).
   */
  preferredLanguage?: 'da' | 'en';
  isProgrammeAdmin: boolean;
  /** Departments this person serves as HR consultant for. */
  hrDepartmentIds: string[];
}

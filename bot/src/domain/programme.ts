/**
 * The Programme aggregate: one trainee's leader-trainee programme, from nomination to the
 * transition interview. All changes go through intent-named methods that guard the rules.
 */
import { ProgrammeState } from './state';

export class Programme {
  private constructor(private state: ProgrammeState) {}

  /** Rebuilds a programme from stored state (a deep copy: the caller's object is never shared). */
  static fromState(state: ProgrammeState): Programme {
    return new Programme(structuredClone(state));
  }

  /** The state to store (a deep copy). */
  toState(): ProgrammeState {
    return structuredClone(this.state);
  }

  get id(): string {
    return this.state.id;
  }
}

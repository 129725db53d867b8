/**
 * Acts on an incoming activity once, however often the channel delivers it.
 */
import { HandledActivities } from './ports';

export interface ActivityKey {
  conversationId: string;
  /** Absent on some activities (and in local tools): then there is nothing to key on, and it acts. */
  activityId?: string;
}

/**
 * Runs `act` unless this activity was handled before. The mark is written first, so a retry that
 * arrives while the first delivery is still working does not act too. Returns whether it acted.
 */
export async function actOnce(handled: HandledActivities, key: ActivityKey, act: () => Promise<void>): Promise<boolean> {
  if (key.activityId && !(await handled.markHandled(key.conversationId, key.activityId))) return false;
  await act();
  return true;
}

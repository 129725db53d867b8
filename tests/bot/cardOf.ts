// The Adaptive Card inside a recorded reply, or a clear failure when the reply is not a card.
import type { RecordedActivity } from '../support/recordingConnector';

export function cardOf(reply: RecordedActivity | undefined): Record<string, unknown> {
  const attachment = reply?.activity.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`Expected an Adaptive Card reply, got ${JSON.stringify(reply?.activity)}`);
  }
  return attachment.content as Record<string, unknown>;
}

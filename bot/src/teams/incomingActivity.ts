/**
 * A first look at the request body before botbuilder sees it. botbuilder itself only rejects a
 * body that is not an object or has no type; anything else it accepts fails deep inside the turn
 * (a reply with nowhere to go) and comes back as a 500. Checking the fields every channel sends
 * turns such requests into a clear 400.
 */
export function invalidActivityReason(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not a JSON object';
  const activity = body as Record<string, unknown>;
  if (!nonEmptyString(activity.type)) return 'type is missing';
  if (!nonEmptyString(activity.serviceUrl) || !isHttpUrl(activity.serviceUrl)) return 'serviceUrl is missing or not an http(s) URL';
  if (!hasId(activity.conversation)) return 'conversation.id is missing';
  if (!hasId(activity.from)) return 'from.id is missing';
  return undefined;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function hasId(value: unknown): boolean {
  return typeof value === 'object' && value !== null && nonEmptyString((value as { id?: unknown }).id);
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

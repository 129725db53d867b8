// Reads a rendered card the way a user meets it: the words shown, the links behind them.
type Node = Record<string, unknown>;

/** Every text a user can see: TextBlock texts, fact titles and values, action titles. */
export function visibleTexts(card: unknown): string[] {
  const texts: string[] = [];
  walk(card, (node) => {
    if (typeof node.text === 'string') texts.push(node.text);
    if (typeof node.title === 'string') texts.push(node.title);
    // A fact is the only element with a value and no type.
    if (node.type === undefined && typeof node.value === 'string') texts.push(node.value);
  });
  return texts;
}

/** All the visible text as one string, for `toContain`. */
export function visibleText(card: unknown): string {
  return visibleTexts(card).join('\n');
}

/** Every URL the card opens (Action.OpenUrl and selectAction), with the title it carries. */
export function openUrlActions(card: unknown): Array<{ title?: string; url: string }> {
  const found: Array<{ title?: string; url: string }> = [];
  walk(card, (node) => {
    if (node.type === 'Action.OpenUrl' && typeof node.url === 'string') {
      found.push({ title: typeof node.title === 'string' ? node.title : undefined, url: node.url });
    }
  });
  return found;
}

/** Template expressions that were left unbound (adaptivecards-templating leaves `${x}` as it is). */
export function unboundExpressions(card: unknown): string[] {
  return JSON.stringify(card).match(/\$\{[^}]*\}/g) ?? [];
}

export function byteSize(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Teams' safe limit for a whole message is about 28 KB; a card should stay far below it. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

function walk(value: unknown, onNode: (node: Node) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item) => walk(item, onNode));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  onNode(value as Node);
  for (const [key, child] of Object.entries(value)) {
    // An action's data is the payload it sends back, never shown to the user.
    if (key !== 'data') walk(child, onNode);
  }
}

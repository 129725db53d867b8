/**
 * One answer of a conversation card as Adaptive Card elements: its heading (a learning goal, a
 * practice element), the question, a hint (HR only, who writes it), the input — or the answer as
 * text where the person does not write it — and the reason it was refused.
 *
 * Built here rather than repeated in the JSON template: a template repeating these elements for
 * each of some 20–30 answers, each behind its own `$when`, cost adaptivecards-templating about
 * 150 ms per card; built directly, the answers cost well under a millisecond. The card's frame
 * stays in conversationCard.json.
 */
import { AnswerType } from '../domain/conversationForms';

/** One answer, ready to show. */
export interface FieldView {
  key: string;
  heading: string;
  question: string;
  hint: string;
  /** The input to show, or 'none': the answer as text. */
  input: AnswerType | 'none';
  value: string;
  multiline: boolean;
  maxLength: number;
  min: number;
  max: number;
  dateMin: string;
  dateMax: string;
  toggleTitle: string;
  choices: { title: string; value: string }[];
  display: string;
  error: string;
}

export function fieldElements(f: FieldView): object[] {
  const elements: object[] = [];
  if (f.heading) elements.push({ type: 'TextBlock', text: f.heading, weight: 'Bolder', size: 'Medium', separator: true, spacing: 'Medium', wrap: true });
  elements.push({ type: 'TextBlock', text: f.question, weight: 'Bolder', wrap: true, spacing: 'Medium' });
  if (f.hint) elements.push({ type: 'TextBlock', text: f.hint, isSubtle: true, size: 'Small', spacing: 'None', wrap: true });
  const input = inputOf(f);
  elements.push(input ?? { type: 'TextBlock', text: f.display, spacing: 'Small', wrap: true });
  if (f.error) elements.push({ type: 'TextBlock', text: f.error, color: 'Attention', size: 'Small', spacing: 'None', wrap: true });
  return elements;
}

function inputOf(f: FieldView): object | undefined {
  const value = f.value === '' ? {} : { value: f.value };
  switch (f.input) {
    case 'text':
      return { type: 'Input.Text', id: f.key, ...value, isMultiline: f.multiline, maxLength: f.maxLength };
    case 'choice':
      return { type: 'Input.ChoiceSet', id: f.key, ...value, style: 'expanded', choices: f.choices };
    case 'choices':
      return { type: 'Input.ChoiceSet', id: f.key, ...value, isMultiSelect: true, style: 'expanded', choices: f.choices };
    case 'toggle':
      return { type: 'Input.Toggle', id: f.key, title: f.toggleTitle, value: f.value === 'true' ? 'true' : 'false', valueOn: 'true', valueOff: 'false' };
    case 'number': {
      const n = Number(f.value.replace(',', '.'));
      return { type: 'Input.Number', id: f.key, ...(f.value !== '' && Number.isFinite(n) ? { value: n } : {}), min: f.min, max: f.max };
    }
    case 'date':
      return { type: 'Input.Date', id: f.key, ...value, ...(f.dateMin ? { min: f.dateMin } : {}), ...(f.dateMax ? { max: f.dateMax } : {}) };
    case 'none':
      return undefined;
  }
}

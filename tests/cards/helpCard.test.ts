import { AidLink, renderHelpCard } from '../../bot/src/cards';
import { byteSize, openUrlActions, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from './cardInspection';

const aids: AidLink[] = [
  { key: 'spotEtLedertalent', url: 'https://intranet.example/pjecer/spot-et-ledertalent.pdf' },
  { key: 'ledelseSkalTraenes', url: 'https://intranet.example/pjecer/ledelse-skal-traenes.pdf' },
  { key: 'skabeloner', url: 'https://intranet.example/ledertrainee/skabeloner' },
];

describe('the help card', () => {
  it('lists the help command in Danish, and says nothing of a tab that cannot be opened yet', () => {
    const text = visibleText(renderHelpCard({ language: 'da', commands: ['help'], aids }));

    expect(text).toContain('Hjælp');
    expect(text).toContain('Det kan du skrive til mig');
    expect(text).toContain('hjælp\nViser denne oversigt');
    expect(text).not.toContain('Mit forløb');
  });

  it('links every configured aid under "Hjælperedskaber", with its Danish title', () => {
    const card = renderHelpCard({ language: 'da', commands: ['help'], aids });
    const text = visibleText(card);

    expect(text).toContain('Hjælperedskaber');
    expect(text).toContain('[Spot et ledertalent](https://intranet.example/pjecer/spot-et-ledertalent.pdf)');
    expect(text).toContain('[Ledelse skal trænes](https://intranet.example/pjecer/ledelse-skal-traenes.pdf)');
    expect(text).toContain('[Skabeloner](https://intranet.example/ledertrainee/skabeloner)');
    expect(openUrlActions(card)).toEqual([
      { title: 'Spot et ledertalent', url: aids[0].url },
      { title: 'Ledelse skal trænes', url: aids[1].url },
      { title: 'Skabeloner', url: aids[2].url },
    ]);
  });

  it('is in English for an English-speaking user, keeping the leaflets\' Danish names', () => {
    const text = visibleText(renderHelpCard({ language: 'en', commands: ['help'], aids }));

    expect(text).toContain('Things you can type');
    expect(text).toContain('help\nShows this overview');
    expect(text).toContain('[Spot et ledertalent]');
    expect(text).toContain('[Templates](https://intranet.example/ledertrainee/skabeloner)');
    expect(text).not.toContain('Det kan du skrive');
  });

  it('takes the links from what it is given, not from the template', () => {
    const other = [{ key: 'spotEtLedertalent', url: 'https://elsewhere.example/spot' }];
    const card = renderHelpCard({ language: 'da', commands: ['help'], aids: other });

    expect(openUrlActions(card)).toEqual([{ title: 'Spot et ledertalent', url: 'https://elsewhere.example/spot' }]);
    expect(visibleText(card)).not.toContain('Ledelse skal trænes');
  });

  it('says so when no aids are configured instead of showing an empty list', () => {
    const card = renderHelpCard({ language: 'da', commands: ['help'], aids: [] });

    expect(visibleText(card)).toContain('Hjælperedskaberne er ikke lagt ind endnu.');
    expect(visibleText(card)).not.toContain('Pjecer og skabeloner');
    expect(openUrlActions(card)).toEqual([]);
  });

  it('leaves out a link that is not http(s), which would stop Teams from showing the card at all', () => {
    const card = renderHelpCard({
      language: 'da',
      commands: ['help'],
      aids: [{ key: 'spotEtLedertalent', url: 'javascript:alert(1)' }, aids[1]],
    });

    expect(openUrlActions(card).map((action) => action.url)).toEqual([aids[1].url]);
  });

  it('shows an unknown aid under its key rather than hiding a configuration mistake', () => {
    const card = renderHelpCard({ language: 'da', commands: ['help'], aids: [{ key: 'nytRedskab', url: 'https://x.example/ny' }] });

    expect(openUrlActions(card)).toEqual([{ title: 'nytRedskab', url: 'https://x.example/ny' }]);
  });

  it('offers a button to the tab only when a deep link is known', () => {
    const tabUrl = 'https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000000/programme';
    const withLink = renderHelpCard({ language: 'da', commands: ['help'], aids: [], programmeTabUrl: tabUrl });
    const without = renderHelpCard({ language: 'da', commands: ['help'], aids: [] });

    expect(openUrlActions(withLink)).toEqual([{ title: 'Åbn Mit forløb', url: tabUrl }]);
    expect(visibleText(without)).not.toContain('Åbn Mit forløb');
  });

  it.each(['da', 'en'] as const)('is a fully bound version 1.5 card well under the Teams size limit (%s)', (language) => {
    const card = renderHelpCard({ language, commands: ['help'], aids, programmeTabUrl: 'https://teams.microsoft.com/l/entity/a/b' });

    expect(card.version).toBe('1.5');
    expect(unboundExpressions(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES / 4);
  });
});

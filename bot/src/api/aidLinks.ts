/** The configured aid links (hjælperedskaber), titled in both languages from the cards' text catalogue. */
import type { AidResolver } from '../application/views/programmeView';
import { AidLink, aidViews } from '../cards/aids';
import { textsFor } from '../cards';

export function aidResolver(links: readonly AidLink[]): AidResolver {
  return (keys) => {
    const wanted = links.filter((link) => keys.includes(link.key));
    const da = aidViews(wanted, textsFor('da'));
    const en = aidViews(wanted, textsFor('en'));
    // aidViews keeps the order and drops the same unusable links in both languages.
    return da.map((aid, index) => ({
      title: { da: aid.title, en: en[index]?.title ?? aid.title },
      text: { da: aid.text, en: en[index]?.text ?? aid.text },
      url: aid.url,
    }));
  };
}

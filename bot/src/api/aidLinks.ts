/** The configured aid links (hjælperedskaber), titled in both languages from the aids' texts. */
import type { AidResolver } from '../application/views/programmeView';
import { AidLink, localizedAids } from '../cards/aids';

export function aidResolver(links: readonly AidLink[]): AidResolver {
  return (keys) => localizedAids(links.filter((link) => keys.includes(link.key)));
}

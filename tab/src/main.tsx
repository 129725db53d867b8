/**
 * The tab starts here: it finds out whether a Teams host is around (teams-js app.initialize), then
 * renders. Everything the server says comes through api/client.ts; the views are in views/.
 */
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { connectHost } from './host/teamsHost';
import './styles.css';

void connectHost().then((host) => {
  createRoot(document.getElementById('root')!).render(<Root host={host} />);
});

/** A link to one of the tab's own views: a real href (open in a new tab, copy), followed without a reload. */
import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { navigate, pathFor, type Route } from '../app/router';

export function RouteLink({ route, className, children }: { route: Route; className?: string; children: ReactNode }) {
  return (
    <Link
      href={pathFor(route)}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        navigate(route);
      }}
    >
      {children}
    </Link>
  );
}

/**
 * The tab's client-side routes, under /tab (the server answers index.html for each of them):
 *   /tab                         the start view for the person (by what they are in the programmes)
 *   /tab/forloeb                 Mit forløb (the trainee's own programme)
 *   /tab/forloeb/<id>            one programme (a leader's trainee, a row of Oversigt, a bound chat tab)
 *   /tab/forloeb/<id>/udskriv    the learning agreement for print
 *   /tab/ledertrainees           Mine ledertrainees
 *   /tab/oversigt                Oversigt (HR consultants and programme admins)
 *   /tab/config                  the configuration page of a chat or meeting tab
 */
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'mine' }
  | { name: 'programme'; programmeId: string }
  | { name: 'print'; programmeId: string }
  | { name: 'trainees' }
  | { name: 'overview' }
  | { name: 'config' }
  | { name: 'notFound' };

const BASE = '/tab';

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  const [first, second, third] = parts;
  if (first === 'forloeb' && parts.length === 1) return { name: 'mine' };
  if (first === 'forloeb' && second && parts.length === 2) return { name: 'programme', programmeId: second };
  if (first === 'forloeb' && second && third === 'udskriv' && parts.length === 3) return { name: 'print', programmeId: second };
  if (first === 'ledertrainees' && parts.length === 1) return { name: 'trainees' };
  if (first === 'oversigt' && parts.length === 1) return { name: 'overview' };
  if (first === 'config' && parts.length === 1) return { name: 'config' };
  return { name: 'notFound' };
}

export function pathFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return `${BASE}/`;
    case 'mine':
      return `${BASE}/forloeb`;
    case 'programme':
      return `${BASE}/forloeb/${encodeURIComponent(route.programmeId)}`;
    case 'print':
      return `${BASE}/forloeb/${encodeURIComponent(route.programmeId)}/udskriv`;
    case 'trainees':
      return `${BASE}/ledertrainees`;
    case 'overview':
      return `${BASE}/oversigt`;
    case 'config':
      return `${BASE}/config`;
    default:
      return `${BASE}/`;
  }
}

const listeners = new Set<() => void>();

export function navigate(route: Route): void {
  const path = pathFor(route) + window.location.search;
  if (path !== window.location.pathname + window.location.search) window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

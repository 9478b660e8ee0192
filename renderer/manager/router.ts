import { useEffect, useState } from 'react';

export const ROUTES = [
  'dashboard',
  'leaderboard',
  'goals',
  'badges',
  'activity',
  'unmapped',
  'reps',
  'teams',
  'portfolio',
  'commissions',
  'statements',
  'disputes',
  'sources',
  'imports',
  'rules',
  'displays',
  'setup',
  'audit',
] as const;
export type Route = (typeof ROUTES)[number];

function segments(): string[] {
  return (window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/');
}

function current(): Route {
  const name = segments()[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'leaderboard';
}

/** A parameter of the route's hash (`#/activity?rep=3` -> routeParam('rep') = '3'). */
export function routeParam(name: string): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get(name);
}

/** A hash parameter that follows links and back/forward while the screen stays open. */
export function useRouteParam(name: string): string | null {
  const [value, setValue] = useState(() => routeParam(name));
  useEffect(() => {
    const onChange = () => setValue(routeParam(name));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [name]);
  return value;
}

/** The screen named in the URL hash (#/sources), so reload and back/forward keep the place. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** What follows the screen in the URL hash (#/displays/3 -> "3"), or null. */
export function useRouteSegment(): string | null {
  const [param, setParam] = useState<string | null>(() => segments()[1] || null);
  useEffect(() => {
    const onChange = () => setParam(segments()[1] || null);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return param;
}

/** The query part of the hash (#/portfolio?rep=3), for a screen that opens on one item. */
export function routeParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}

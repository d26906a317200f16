/** Hash routes: `#/name/extra?query`. Keeping the state in the hash makes every view linkable and reloadable. */

export interface Route {
  name: string;
  /** Path segments after the name, e.g. the document id. */
  rest: string[];
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const queryStart = hash.indexOf('?');
  const path = queryStart < 0 ? hash : hash.slice(0, queryStart);
  const [name = '', ...rest] = path.split('/').map((segment) => decodeURIComponent(segment));
  return { name, rest, params: new URLSearchParams(queryStart < 0 ? '' : hash.slice(queryStart + 1)) };
}

/** The href of a route; empty parameters are left out. */
export function routeHref(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function navigate(path: string, params: Record<string, string | number | undefined> = {}): void {
  location.hash = routeHref(path, params);
}

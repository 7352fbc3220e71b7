// A small route table: method + path pattern ("/ws/listings/:listingId") to a handler, with the route's error style and limit scope.
import type { Sandbox } from '../runtime';
import type { Market } from '../domain/markets';
import type { ErrorStyle } from './errors';

export interface RequestContext {
  sandbox: Sandbox;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined when empty); reading it throws the 400/413 of a bad body. */
  body: () => unknown;
  market: Market;
  baseUrl: string;
  now: Date;
}

export interface Reply {
  status: number;
  body: unknown;
  /** 'json' (default) or 'text' (text/plain). */
  type?: 'json' | 'text';
  headers?: Record<string, string>;
}

export type Handler = (context: RequestContext) => Reply | Promise<Reply>;

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  pattern: string;
  errorStyle: ErrorStyle;
  /** Which request-rate bucket the route also counts in besides the global one. */
  scope?: 'category' | 'backbox';
  handler: Handler;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

function compile(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

export class Router {
  private readonly compiled: { route: Route; regex: RegExp }[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) this.compiled.push({ route, regex: compile(route.pattern) });
    return this;
  }

  /** The route for a method and path; `allowed` lists the methods of a path that exists with another method. */
  match(method: string, path: string): { match?: Match; allowed: string[] } {
    const allowed: string[] = [];
    for (const { route, regex } of this.compiled) {
      const found = regex.exec(path);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(found.groups ?? {})) {
        try {
          params[key] = decodeURIComponent(value);
        } catch {
          params[key] = value;
        }
      }
      return { match: { route, params }, allowed };
    }
    return { allowed };
  }
}

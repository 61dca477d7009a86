import { createHash, timingSafeEqual } from 'node:crypto';
import cors from 'cors';
import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

/** The host part of a Host header: "[::1]:3000" → "[::1]", "Example.se:80" → "example.se". */
export function hostName(header: string | undefined): string {
  const value = (header ?? '').trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}

const wildcardAddresses = new Set(['0.0.0.0', '::', '[::]']);
const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return loopbackNames.has(host.toLowerCase()) || /^127\./.test(host);
}

/** The hosts served: the configured list plus the address the server is bound to, when that is one host. */
export function allowedHostSet(config: Pick<Config, 'allowedHosts' | 'host'>): Set<string> | null {
  if (config.allowedHosts.includes('*')) return null;
  const hosts = new Set(config.allowedHosts.map((host) => hostName(host)));
  // A literal bound address is no rebinding risk: a page on another site cannot make the browser send it.
  if (!wildcardAddresses.has(config.host)) hosts.add(hostName(config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host));
  return hosts;
}

/**
 * A DNS-rebinding page reaches this server under its own domain name, so the Host header is the
 * attacker's; refusing unknown hosts keeps such a page from reading the API. Health probes stay open
 * (they carry nothing private and orchestrators call them by IP).
 */
export function hostGuard(config: Pick<Config, 'allowedHosts' | 'host'>): RequestHandler {
  const allowed = allowedHostSet(config);
  return (request, _response, next) => {
    if (!allowed || request.path === '/healthz' || request.path === '/readyz') return next();
    const host = hostName(request.headers.host);
    if (allowed.has(host)) return next();
    next(new AppError('HOST_NOT_ALLOWED', `Värdnamnet ${host || '(saknas)'} betjänas inte här; lägg till det i UTBLICK_ALLOWED_HOSTS.`));
  };
}

/**
 * Security headers for the page and the API: a CSP that fits the page (modules and styles from the
 * page's own origin, no inline code), no framing, nosniff, no referrer leaks. HSTS and
 * upgrade-insecure-requests are left out: the service is often reached over plain HTTP on a LAN, where
 * they would break it.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** CORS only for the configured origins; without any, no CORS headers at all (same-origin only). */
export function corsFor(config: Pick<Config, 'corsOrigins'>): RequestHandler | null {
  if (config.corsOrigins.length === 0) return null;
  return cors({
    origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'x-api-key', 'authorization'],
    maxAge: 600,
  });
}

/** The key a request carries: `x-api-key`, or `Authorization: Bearer <key>`. */
export function presentedKey(request: Request): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Constant-time comparison, so response timing does not reveal how much of a guessed key is right. */
export function keyMatches(given: string | null, expected: string): boolean {
  return given !== null && timingSafeEqual(digest(given), digest(expected));
}

/** Requires the API key on /api/* when one is configured; /api/admin/* has its own key (adminGuard). */
export function apiKeyGuard(apiKey: string | undefined): RequestHandler {
  return (request, _response, next) => {
    if (!apiKey || request.method === 'OPTIONS' || request.path.startsWith('/admin/') || keyMatches(presentedKey(request), apiKey)) return next();
    next(new AppError('UNAUTHORIZED', 'API-nyckel saknas eller är fel (skicka den i x-api-key eller Authorization: Bearer).'));
  };
}

/** Admin calls need the admin key (or the API key); with no key at all, only a caller on this machine. */
export function adminGuard(config: Pick<Config, 'adminKey' | 'apiKey'>): RequestHandler {
  const key = config.adminKey ?? config.apiKey;
  return (request, _response, next) => {
    if (key ? keyMatches(presentedKey(request), key) : isLoopbackAddress(request.socket.remoteAddress)) return next();
    next(new AppError('UNAUTHORIZED', key ? 'Administratörsnyckel saknas eller är fel.' : 'Utan UTBLICK_ADMIN_KEY tas administrativa anrop bara emot från den egna datorn.'));
  };
}

function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

/** The start-up warning for a server reachable from other machines with no key. */
export function exposureWarning(config: Pick<Config, 'host' | 'apiKey'>): string | null {
  if (config.apiKey || isLoopbackHost(config.host)) return null;
  return (
    `VARNING: servern lyssnar på ${config.host}, alltså nåbar från andra datorer, UTAN API-nyckel. ` +
    'Vem som helst på nätet kan ställa frågor och läsa rapporterna. Sätt UTBLICK_API_KEY, eller HOST=127.0.0.1.'
  );
}

/** Reached from other machines, the names they use must be allowed; say which are, once at start. */
export function allowedHostsNotice(config: Pick<Config, 'host' | 'allowedHosts'>): string | null {
  if (isLoopbackHost(config.host)) return null;
  const allowed = allowedHostSet(config);
  if (!allowed) return 'Alla värdnamn tillåts (UTBLICK_ALLOWED_HOSTS=*): inget skydd mot DNS-rebinding.';
  return `Tillåtna värdnamn: ${[...allowed].join(', ')}. Andra namn (t.ex. datorns namn i nätet) får 421; lägg till dem i UTBLICK_ALLOWED_HOSTS.`;
}

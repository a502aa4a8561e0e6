/**
 * Security headers. The web app is served by this same server, so the Content-Security-Policy can be
 * strict: everything from our own origin, no inline scripts or styles, no plugins, no framing.
 *
 * The headers depend on the configuration only (no nonces, nothing from the request), so they are
 * made once, by helmet itself, and every answer gets the same list: helmet run per request rebuilt
 * the policy's text each time, which cost a health check a few per cent of its time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config/config.ts';

export function helmetOptions(config: Config): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only when we know we are behind TLS: on plain http (local use) it would break every request.
        ...(config.cookieSecure === 'always' ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Browsers ignore HSTS over plain http, so it is harmless locally and right behind TLS. A year, and
    // every subdomain too (ASVS 3.4.1 at level 2).
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  };
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * Every security header of an answer, as [name, value]: what helmet sets for these options (run once,
 * on a response that only records), and the Permissions-Policy.
 */
export function securityHeaders(config: Config): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string) {
      headers.set(name.toLowerCase(), String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let failed: unknown;
  helmet(helmetOptions(config))(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failed = error;
    },
  );
  if (failed) throw failed;
  headers.set('permissions-policy', PERMISSIONS_POLICY);
  return [...headers];
}

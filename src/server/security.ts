/**
 * Security headers. The web app is served by this same server, so the Content-Security-Policy can be
 * strict: everything from our own origin, no inline scripts or styles, no plugins, no framing.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from '../config/config.ts';

export function helmetOptions(config: Config): FastifyHelmetOptions {
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

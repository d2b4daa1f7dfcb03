import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths the API answers itself; the web app never shadows them. */
const API_PATHS = ['/graphql', '/health', '/admin/queues', '/exports'];

/**
 * Where `vite build` puts the web app (apps/web → dist/web). From the compiled API (dist/apps/api/src) and from
 * the sources (apps/api/src, tests) alike; WEB_DIST_DIR overrides it.
 */
export function webAppDirectory(): string | null {
  const candidates = [
    process.env.WEB_DIST_DIR,
    resolve(__dirname, '..', '..', '..', '..', 'web'),
    resolve(__dirname, '..', '..', '..', '..', 'dist', 'web'),
  ].filter((dir): dir is string => !!dir);
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Serves the built web app at `/`: its files (hashed assets cached for a year), and index.html for every other
 * GET that asks for HTML (client-side routes such as /behov/<id>), so that reloading a page works. Does nothing
 * when the app is not built.
 */
export function serveWebApp(app: INestApplication, directory = webAppDirectory()): boolean {
  if (!directory) return false;
  const express = app as NestExpressApplication;
  const files = serveStatic(directory, {
    index: false,
    setHeaders: (res, path) => {
      if (path.includes(`${join(directory, 'assets')}`))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const indexHtml = join(directory, 'index.html');
  express.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    files(req, res, () => {
      if (!req.accepts('html') || req.path.startsWith('/assets/')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  });
  return true;
}

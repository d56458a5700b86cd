// The page's own files, built in memory when the server starts (esbuild bundles ui/page/main.ts in
// well under a second), so `npm start` needs no build step and nothing is fetched from elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');

export interface PageAsset {
  contentType: string;
  body: Buffer;
}

export async function buildPageAssets(): Promise<Map<string, PageAsset>> {
  const result = await build({
    entryPoints: [path.join(PAGE_DIR, 'main.ts')],
    bundle: true, write: false, minify: true, format: 'iife', target: 'es2020', platform: 'browser', legalComments: 'none',
    logLevel: 'silent',
  });
  const js = Buffer.from(result.outputFiles[0].contents);
  return new Map<string, PageAsset>([
    ['/', { contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGE_DIR, 'index.html')) }],
    ['/assets/app.js', { contentType: 'text/javascript; charset=utf-8', body: js }],
    ['/assets/app.css', { contentType: 'text/css; charset=utf-8', body: fs.readFileSync(path.join(PAGE_DIR, 'style.css')) }],
    ['/assets/icon.svg', { contentType: 'image/svg+xml', body: fs.readFileSync(path.join(PAGE_DIR, 'icon.svg')) }],
  ]);
}

/** Bytes the browser downloads for the page itself (the API's JSON aside). */
export const totalAssetBytes = (assets: Map<string, PageAsset>) => [...assets.values()].reduce((n, a) => n + a.body.length, 0);

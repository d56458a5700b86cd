// The function's deployed code, built by the CDK itself: synthesize the Gleaner app (cdk.json's
// context, infra/gleaner-app.ts) into a temp cloud assembly and take the bundled asset folder. So the
// size and the cold start are measured on exactly what `cdk deploy` uploads — same esbuild options,
// banner and copied data files — with no second copy of the bundling settings to drift.
import fs from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { addGleanerStack } from '../infra/gleaner-app.ts';
import { RUNTIME_PROVIDED_MODULES } from '../infra/gleaner-stack.ts';
import { PROJECT_ROOT } from '../local/config.ts';

export interface BundleInfo {
  /** The bundle's entry file (`index.mjs`) inside its asset folder. */
  file: string;
  bytes: number;
  mapBytes: number;
  /** Everything in the asset folder (the zip's content before compression). */
  assetBytes: number;
}

export class BundleNotFoundError extends Error {
  override name = 'BundleNotFoundError';
}

export function synthHandlerBundle(outdir: string): BundleInfo {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  const app = new App({ context: cdkJson.context ?? {}, outdir });
  const stack = addGleanerStack(app);
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, `${stack.artifactId}.assets.json`), 'utf8')) as { files: Record<string, { source: { path: string; packaging?: string } }> };
  const candidates = Object.values(manifest.files)
    .map((f) => path.join(outdir, f.source.path))
    .filter((dir) => fs.existsSync(path.join(dir, 'index.mjs')));
  if (!candidates.length) throw new BundleNotFoundError(`no asset with index.mjs in ${outdir}`);
  const sizeOf = (dir: string) => fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  // The handler is the largest ESM asset (custom-resource providers are small).
  const dir = candidates.sort((a, b) => sizeOf(b) - sizeOf(a))[0];
  const file = path.join(dir, 'index.mjs');
  const map = `${file}.map`;
  return { file, bytes: fs.statSync(file).size, mapBytes: fs.existsSync(map) ? fs.statSync(map).size : 0, assetBytes: sizeOf(dir) };
}

/**
 * Makes the modules the Lambda runtime provides (the AWS SDK v3, left out of the bundle) resolvable from
 * the bundle, as the runtime does from its own folder: a `node_modules` beside the asset folder (outside
 * it, so the asset and its measured size stay as CDK built them) holding links to this project's
 * copies of those packages and nothing else. Any other package the bundle failed to include still
 * fails to load. (NODE_PATH would not do: ES module imports ignore it.)
 */
export function linkRuntimeModules(bundleFile: string): void {
  const nodeModules = path.join(path.dirname(path.dirname(bundleFile)), 'node_modules');
  for (const pattern of RUNTIME_PROVIDED_MODULES) {
    // '@aws-sdk/*' → the whole @aws-sdk scope; 'name' → that one package.
    const name = pattern.replace(/\/\*$/, '');
    const link = path.join(nodeModules, name);
    if (fs.existsSync(link)) continue;
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules', name), link, 'dir');
  }
}

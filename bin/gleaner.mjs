#!/usr/bin/env node
// The `gleaner` command. The CLI is TypeScript run through tsx, so it works right after `npm install`
// with no build step.
import { register } from 'tsx/esm/api';

// The SDK warns about Node 20's end of support on every run; the project targets Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

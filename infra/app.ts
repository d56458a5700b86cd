// `npx cdk synth|deploy` entry (cdk.json runs it with tsx). Everything is in gleaner-app.ts so the
// template tests build exactly the same app.
import { App } from 'aws-cdk-lib';
import { addGleanerStack } from './gleaner-app.ts';

const app = new App();
addGleanerStack(app);
app.synth();

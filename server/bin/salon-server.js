#!/usr/bin/env node
// `npx salon-server …` (see server/cli.ts): the command line, run from the TypeScript source.
import { register } from 'tsx/esm/api';

register();
const { cli } = await import('../cli.ts');
await cli();

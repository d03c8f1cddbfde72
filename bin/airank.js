#!/usr/bin/env node
// The `airank` command: runs the TypeScript terminal front end through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

#!/usr/bin/env node
// The `attache` command: a thin launcher for the compiled CLI (built by `npm ci` through `prepare`).
import '../dist/src/cli/main.js';

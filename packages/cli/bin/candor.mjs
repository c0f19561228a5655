#!/usr/bin/env node
// The published `candor` executable: runs the bundled CLI (built by `pnpm --filter @candor/cli build`).
import "../dist/candor.js";

#!/bin/sh
# Quick start, step 2: install what this machine lacks (make and the compiler
# included), build, and run the whole Qt Test suite offscreen. CI runs this
# same command (.ci/run).
set -eu
cd "$(dirname "$0")"
./scripts/install-deps
exec make test

#!/bin/sh
# Quick start, step 1: install what this machine lacks (make and the compiler
# included), build, and start Neuvo. Arguments go to neuvo, e.g.
#   ./run.sh ~/clients.sqlite
# Needs only sh, apt and sudo (or root): a new Debian 12 has no make.
set -eu
cd "$(dirname "$0")"
./scripts/install-deps
make build
preset=dev
[ -n "${CI:-}" ] && preset=ci
exec "build/$preset/app/neuvo" "$@"

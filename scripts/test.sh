#!/usr/bin/env bash
# Runs Verbatim's whole test suite on a fresh machine: installs what the tests
# need (Debian's chromium for the browser tests, two corpora of the
# question-answering benchmark), then vets (go vet and staticcheck) and tests
# every package, with the race detector on the packages that run concurrently.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium for the browser tests (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
export VERBATIM_REQUIRE_BROWSER=1

# Two real corpora of the question-answering benchmark (an acronym list and
# a hacker glossary from Debian packages) for bench/qa's test.
if ! command -v python3 >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 >/dev/null
fi
echo "test.sh: building the bench/qa corpora vera and jargon (apt-get download)..."
bash bench/qa/run.sh --fetch --cache "${VERBATIM_QA_CACHE:-/tmp/verbatim-qa}" vera jargon >/dev/null
export VERBATIM_QA_CACHE="${VERBATIM_QA_CACHE:-/tmp/verbatim-qa}" VERBATIM_REQUIRE_QA=1

test -z "$(gofmt -l $(git ls-files '*.go'))" || { echo "test.sh: gofmt needed:"; gofmt -l $(git ls-files '*.go'); exit 1; }
go vet ./...
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
# No unused function: deadcode -test counts tests and examples as callers, so
# what it reports is reached by nothing, anywhere in the tree.
dead="$(go run golang.org/x/tools/cmd/deadcode@v0.52.0 -test ./...)"
if [ -n "$dead" ]; then
  echo "test.sh: deadcode (functions nothing calls):"; echo "$dead"; exit 1
fi
go test -count=1 ./...
go test -count=1 -race ./rag/... ./server/... ./index/... ./ingest/...

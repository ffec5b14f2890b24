#!/usr/bin/env bash
# Builds the CLI into a private folder and scores it, so that several people can evaluate at once without
# racing on dist/. Usage: scripts/dev-eval.sh NAME DATASET-ARGS...   e.g.
#   scripts/dev-eval.sh me ../shared/eval/data/wikinews-de-dev.jsonl --show 40
#   scripts/dev-eval.sh me --gold ../shared/eval/data/seeds-gold.json --articles seeds
set -euo pipefail
name=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
dir=/tmp/source-lens-dev/$name
mkdir -p "$dir"
echo '{"name":"dev","bin":{"source-lens":"cli.js"}}' > "$dir/package.json"
"$here/node_modules/.bin/esbuild" "$here/src/cli/main.ts" --bundle --platform=node --target=node20 --log-level=warning \
  --outfile="$dir/cli.js" --banner:js='#!/usr/bin/env node'
cd "$here"
exec node ../shared/eval/score.mjs "$@" --project "$dir"

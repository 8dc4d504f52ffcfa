#!/usr/bin/env bash
# Every check of the project: typecheck, lint, then the vitest suites (unit, properties,
# command line, golden examples). The last line is `tests: N passed, M failed`, counting
# each vitest test and the typecheck and lint as one test each.
set -u
cd "$(dirname "$0")/.."
bin=node_modules/.bin
mkdir -p test-results
passed=0
failed=0

# The three static checks run side by side (each is one process; on two cores that saves
# about half a minute), and their output is printed in order once each is done.
logs=$(mktemp -d)
start() {
  local name=$1
  shift
  ("$@" >"$logs/$name.log" 2>&1; echo $? >"$logs/$name.status") &
}
finish() {
  local name=$1
  echo "== $name"
  cat "$logs/$name.log"
  if [ "$(cat "$logs/$name.status")" = 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "== $name FAILED"
  fi
}

start typecheck "$bin/tsc" --noEmit -p tsconfig.json
start lint "$bin/eslint" . --max-warnings 0
start format "$bin/prettier" --check . --log-level warn
wait
finish typecheck
finish lint
finish format
rm -rf "$logs"

echo "== vitest"
rm -f test-results/vitest.json
"$bin/vitest" run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_status=$?
read -r v_passed v_failed < <(node -e '
  const fs = require("node:fs");
  try {
    const r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    // A suite that failed to load has no failed tests of its own: count it as one.
    const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed")).length;
    console.log(r.numPassedTests, r.numFailedTests + broken);
  } catch { console.log(0, 1); }
')
if [ "$vitest_status" -ne 0 ] && [ "$v_failed" -eq 0 ]; then v_failed=1; fi
passed=$((passed + v_passed))
failed=$((failed + v_failed))

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

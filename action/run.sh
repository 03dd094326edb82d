#!/usr/bin/env bash
# The GitHub Action's step (action.yml): unmangle --check on the inputs, given as INPUT_* variables, printing
# GitHub annotations (exit 1 on findings), or writing SARIF to INPUT_SARIF (exit 0 on findings: code
# scanning shows them). UNMANGLE_COMMAND, when set, replaces `npx --yes unmangle@VERSION`: the tests run
# the local build that way.
set -euo pipefail

# Split on any white space, new lines included; no glob expansion (unmangle expands globs itself).
split() {
  local -n into=$1
  read -r -d '' -a into <<< "$2" || true
}

split paths "${INPUT_PATHS:-.}"
if [[ ${#paths[@]} -eq 0 ]]; then paths=(.); fi
split glossaries "${INPUT_GLOSSARY:-}"
split extra "${INPUT_ARGS:-}"
if [[ -n "${UNMANGLE_COMMAND:-}" ]]; then
  split command "$UNMANGLE_COMMAND"
else
  command=(npx --yes "unmangle@${INPUT_VERSION:-latest}")
fi

args=(--check)
for glossary in "${glossaries[@]}"; do args+=(--glossary "$glossary"); done
args+=("${extra[@]}")

if [[ -n "${INPUT_SARIF:-}" ]]; then
  status=0
  "${command[@]}" "${args[@]}" --format sarif -- "${paths[@]}" > "$INPUT_SARIF" || status=$?
  # 1 means findings, which code scanning reports; 2, an error, fails the step.
  if [[ $status -eq 1 ]]; then status=0; fi
  exit "$status"
fi
exec "${command[@]}" "${args[@]}" --format github -- "${paths[@]}"

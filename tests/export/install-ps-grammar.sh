#!/bin/sh
# Test fixture: installs the PowerShell grammar (npm tree-sitter-powershell
# and web-tree-sitter) into a folder of the build tree. The tests that need
# it skip, saying why, when it could not be installed.
dir=$1
[ -f "$dir/node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
    echo "npm not found: the PowerShell grammar check will be skipped (Debian: nodejs and npm)"
    exit 0
fi
mkdir -p "$dir" || exit 0
timeout 300 npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
    tree-sitter-powershell@0.26.4 web-tree-sitter@0.27.2 \
    || echo "npm install failed: the PowerShell grammar check will be skipped"
exit 0

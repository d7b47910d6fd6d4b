// Parses a PowerShell script with the tree-sitter PowerShell grammar and
// prints what the tests check as JSON: parse errors, the commands the script
// calls, subexpressions and expandable strings (where text could run), and
// the arguments of each Set-Rule / Remove-Rule call.
// Usage: node ps_check.mjs NODE_MODULES_DIR SCRIPT.ps1
import { readFileSync } from 'fs';
import { pathToFileURL } from 'url';
import v8 from 'v8';

// The baseline wasm compiler only: V8's optimising tier would spend ten
// seconds and more on the grammar's parse tables, and exit waits for it.
v8.setFlagsFromString('--liftoff-only');

const [modules, script] = process.argv.slice(2);
const { Parser, Language } = await import(pathToFileURL(`${modules}/web-tree-sitter/web-tree-sitter.js`).href);
await Parser.init();
const language = await Language.load(`${modules}/tree-sitter-powershell/tree-sitter-powershell.wasm`);
const parser = new Parser();
parser.setLanguage(language);
const tree = parser.parse(readFileSync(script, 'utf8'));

const out = { errors: [], commands: [], subexpressions: 0, expandableStrings: 0, calls: [] };

function command(node) {
    const name = node.namedChildren.find(c => c.type === 'command_name');
    const text = name ? name.text : node.text.split(/\s/)[0];
    out.commands.push(text);
    if (text !== 'Set-Rule' && text !== 'Remove-Rule')
        return;
    // -Name value pairs as the parser sees them.
    const args = {};
    let pending = null;
    const elements = node.namedChildren.find(c => c.type === 'command_elements');
    for (const e of elements ? elements.namedChildren : []) {
        if (e.type === 'command_parameter') { pending = e.text.replace(/^-/, ''); continue; }
        if (e.type === 'command_argument_sep') continue;
        if (pending) { args[pending] = e.text; pending = null; }
    }
    out.calls.push({ command: text, args });
}

// A cursor walk: touching every node through .children is slow in wasm.
const cursor = tree.walk();
for (;;) {
    const type = cursor.nodeType;
    if (type === 'ERROR' || cursor.nodeIsMissing)
        out.errors.push(`${type} at ${cursor.startPosition.row + 1}:${cursor.startPosition.column + 1}`);
    else if (type === 'sub_expression')
        out.subexpressions++;
    else if (type === 'expandable_string_literal' || type === 'expandable_here_string_literal')
        out.expandableStrings++;
    else if (type === 'command')
        command(cursor.currentNode);
    if (cursor.gotoFirstChild())
        continue;
    let up = false;
    while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) { up = true; break; }
    }
    if (up)
        break;
}
out.hasError = tree.rootNode.hasError;
process.stdout.write(JSON.stringify(out));

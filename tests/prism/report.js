#!/usr/bin/env node
// Sums up what tests/prism/validator.js recorded in one run of the suite.
//
//   node tests/prism/report.js RECORD.jsonl KNOWN.json
//
// Exits 1 when an answer of the sandbox broke the description with an error, unless
// KNOWN lists that case (where the description is stricter than Mastodon itself).
// Answers a test asked to be broken (X-Sandbox-Fault) are not checked. What Posthorn's
// own requests break, and warnings (such as a status code the description does not
// list), are printed for reading but do not fail the run.

'use strict';

const fs = require('fs');

const [recordPath, knownPath] = process.argv.slice(2);
if (!recordPath || !knownPath) {
    console.error('usage: report.js RECORD.jsonl KNOWN.json');
    process.exit(64);
}

// Prism's DiagnosticSeverity.
const severityName = ['error', 'warning', 'information', 'hint'];

const known = JSON.parse(fs.readFileSync(knownPath, 'utf8')).map(entry => ({
    ...entry,
    pattern: new RegExp(entry.message),
    // When a known case makes every branch of a oneOf fail, the validator also lists
    // what each other branch misses; those lines follow from the known case.
    follows: entry.alsoExplains ? new RegExp(entry.alsoExplains) : null,
    used: 0,
}));

function knownCase(line, violation) {
    return known.find(entry =>
        entry.location === 'response' &&
        (!entry.method || entry.method === line.method) &&
        (!entry.template || entry.template === line.template) &&
        (!entry.status || entry.status === line.status) &&
        entry.pattern.test(`${(violation.path || []).join('.')}: ${violation.message}`));
}

const totals = { exchanges: 0, faults: 0, undescribed: 0, checked: 0, errors: 0 };
const groups = new Map();
function add(kind, line, violation) {
    const where = (violation.path || []).join('.');
    const key = [kind, line.method, line.template || line.path, line.status, where,
                 violation.message].join(' | ');
    if (!groups.has(key))
        groups.set(key, { kind, count: 0, tests: new Set() });
    const group = groups.get(key);
    group.count += 1;
    if (group.tests.size < 3)
        group.tests.add(line.label);
}

const lines = fs.existsSync(recordPath)
    ? fs.readFileSync(recordPath, 'utf8').split('\n').filter(Boolean)
    : [];
for (const text of lines) {
    const line = JSON.parse(text);
    totals.exchanges += 1;
    if (line.error) {
        // A request so malformed (a test's on purpose) that Prism's router gives up on it:
        // listed, but nothing the sandbox answered was judged.
        totals.errors += 1;
        add('not checked: the validator could not read the request', line, { message: line.error });
        continue;
    }
    if (line.fault) {
        totals.faults += 1;
        continue;
    }
    if (!line.template) {
        totals.undescribed += 1;
        continue;
    }
    totals.checked += 1;
    const errors = line.response.filter(violation => violation.severity === 0);
    const explained = errors.map(violation => knownCase(line, violation));
    const followers = explained.filter(entry => entry && entry.follows);
    errors.forEach((violation, index) => {
        const text = `${(violation.path || []).join('.')}: ${violation.message}`;
        const entry = explained[index] || followers.find(known => known.follows.test(text));
        if (entry)
            entry.used += 1;
        else
            add('SANDBOX ANSWER BREAKS THE DESCRIPTION', line, violation);
    });
    for (const violation of line.response) {
        if (violation.severity !== 0)
            add(`response ${severityName[violation.severity]}`, line, violation);
    }
    for (const violation of line.request)
        add(`Posthorn's request: ${severityName[violation.severity]}`, line, violation);
}

console.log(`API description check: ${totals.exchanges} exchanges, ${totals.checked} checked, ` +
            `${totals.faults} faults asked for by tests (not checked), ` +
            `${totals.undescribed} to paths the description does not have ` +
            `(the sandbox's control API, sign-in pages, images)`);
const sorted = [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
for (const [key, group] of sorted)
    console.log(`  ${group.count}× ${key}\n      seen in ${[...group.tests].join(', ')}`);
for (const entry of known) {
    console.log(`  known: ${entry.used}× ${entry.method || '*'} ${entry.template || '*'} ` +
                `/${entry.message}/: ${entry.why}`);
}
const failures = sorted.filter(([, group]) => group.kind === 'SANDBOX ANSWER BREAKS THE DESCRIPTION');
if (totals.exchanges === 0) {
    console.log('API description check: no exchange was recorded; was the validator in front?');
    process.exit(1);
}
if (failures.length > 0) {
    console.log(`API description check: ${failures.length} kinds of sandbox answers break the ` +
                'description (see above)');
    process.exit(1);
}
console.log('API description check: 0 violations caused by the sandbox');

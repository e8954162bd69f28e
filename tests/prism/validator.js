#!/usr/bin/env node
// Puts a validating front before each sandbox a test starts, for one run of the suite.
//
//   node tests/prism/validator.js SPEC.json RECORD.jsonl
//
// prints "Validator control on http://127.0.0.1:PORT" and then serves
//   POST /fronts {"upstream": "http://127.0.0.1:N", "label": "tst_outbox"}
//     -> {"url": "http://127.0.0.1:M"}: a new port that passes every exchange to upstream.
//
// A front passes bytes through as they come, so what the client sees is exactly what the
// sandbox sent, including the faults the tests arm on purpose (a dropped connection, half a
// body). Only once an exchange is over does it check the request and the response with
// Prism's own router and validators against the description, and append one line per
// exchange to RECORD (tests/prism/report.js reads it). Prism's proxy would do the checking
// too, but it answers a dropped upstream with its own 5xx, which would change what the
// tests see; and it loads the 1 MB description on every start, about 3 s per sandbox.

'use strict';

const fs = require('fs');
const http = require('http');
const E = require('fp-ts/Either');
const TE = require('fp-ts/TaskEither');
const prismHttp = require('@stoplight/prism-http');
const route = require('@stoplight/prism-http/dist/router').default;
const { createLogger } = require('@stoplight/prism-core');

// Bodies larger than this are passed on but not checked (the "huge reply" fault is 20 MB).
const maxCheckedBytes = 2 * 1024 * 1024;

const [specPath, recordPath] = process.argv.slice(2);
if (!specPath || !recordPath) {
    console.error('usage: validator.js SPEC.json RECORD.jsonl');
    process.exit(64);
}

const record = fs.createWriteStream(recordPath, { flags: 'a' });
const logger = createLogger('VALIDATOR', { level: 'silent' });

function queryOf(searchParams) {
    const query = {};
    for (const [name, value] of searchParams) {
        if (name in query)
            query[name] = [].concat(query[name], value);
        else
            query[name] = value;
    }
    return query;
}

function bodyOf(bytes, contentType) {
    if (bytes.length === 0)
        return null;
    const text = bytes.toString('utf8');
    if (/^application\/([\w.+-]*\+)?json/i.test(contentType || '')) {
        try {
            return JSON.parse(text);
        } catch (error) {
            return text;
        }
    }
    return text;
}

function joinedHeaders(rawHeaders) {
    const headers = {};
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
        const name = rawHeaders[i].toLowerCase();
        headers[name] = name in headers ? `${headers[name]},${rawHeaders[i + 1]}` : rawHeaders[i + 1];
    }
    return headers;
}

async function check(operations, upstream, exchange) {
    const input = {
        method: exchange.method.toLowerCase(),
        url: { path: exchange.url.pathname, query: queryOf(exchange.url.searchParams) },
        headers: exchange.requestHeaders,
        body: bodyOf(exchange.requestBody, exchange.requestHeaders['content-type']),
    };
    const routed = route({ resources: operations, input });
    const line = {
        label: exchange.label,
        method: exchange.method,
        path: exchange.url.pathname,
        template: E.isRight(routed) ? routed.right.path : null,
        status: exchange.status,
        fault: exchange.fault,
        request: [],
        response: [],
    };
    if (E.isRight(routed) && !exchange.fault && !exchange.unchecked) {
        const output = {
            statusCode: exchange.status,
            headers: exchange.responseHeaders,
            body: bodyOf(exchange.responseBody, exchange.responseHeaders['content-type']),
        };
        // Prism's own request pipeline, with the answer we already have in place of its
        // forwarder: the same checks its proxy makes, in the same order.
        const prism = prismHttp.createInstance(
            {
                validateRequest: true,
                validateResponse: true,
                checkSecurity: true,
                errors: false,
                isProxy: true,
                upstream: new URL(upstream),
                mock: { dynamic: false },
            },
            { logger, forward: () => () => TE.right(output) });
        const result = await prism.request(input, operations)();
        if (E.isRight(result)) {
            const describe = v => ({ severity: v.severity, message: v.message, path: v.path });
            line.request = result.right.validations.input.map(describe);
            line.response = result.right.validations.output.map(describe);
        } else {
            line.error = String(result.left && result.left.message);
        }
    }
    record.write(JSON.stringify(line) + '\n');
}

function startFront(operations, upstream, label) {
    const target = new URL(upstream);
    const server = http.createServer((request, response) => {
        const url = new URL(request.url, upstream);
        const exchange = {
            label,
            method: request.method,
            url,
            requestHeaders: request.headers,
            requestBody: Buffer.alloc(0),
            status: 0,
            fault: null,
            unchecked: false,
        };
        const requestChunks = [];
        const forwarded = http.request({
            host: target.hostname,
            port: target.port,
            method: request.method,
            path: request.url,
            headers: request.headers,
        });
        request.on('data', chunk => requestChunks.push(chunk));
        request.pipe(forwarded);
        // The client gave up (a stale search, a timeout): so does the front.
        response.on('close', () => {
            if (!response.writableFinished)
                forwarded.destroy();
        });
        forwarded.on('error', () => response.destroy());
        forwarded.on('response', answer => {
            exchange.status = answer.statusCode;
            exchange.responseHeaders = joinedHeaders(answer.rawHeaders);
            exchange.fault = exchange.responseHeaders['x-sandbox-fault'] || null;
            response.writeHead(answer.statusCode, answer.statusMessage, answer.rawHeaders);
            const chunks = [];
            let size = 0;
            answer.on('data', chunk => {
                size += chunk.length;
                if (size <= maxCheckedBytes)
                    chunks.push(chunk);
                else
                    exchange.unchecked = true;
                response.write(chunk);
            });
            // A connection the sandbox cut halfway is cut for the client too.
            answer.on('aborted', () => response.destroy());
            answer.on('error', () => response.destroy());
            answer.on('end', () => {
                if (!answer.complete)
                    return;
                response.end();
                exchange.requestBody = Buffer.concat(requestChunks);
                exchange.responseBody = Buffer.concat(chunks);
                check(operations, upstream, exchange).catch(error => {
                    record.write(JSON.stringify({ label, method: exchange.method,
                        path: url.pathname, error: String(error) }) + '\n');
                });
            });
        });
    });
    server.keepAliveTimeout = 5000;
    return new Promise(resolve => {
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
    });
}

async function main() {
    const operations = await prismHttp.getHttpOperationsFromSpec(specPath);
    const control = http.createServer((request, response) => {
        const chunks = [];
        request.on('data', chunk => chunks.push(chunk));
        request.on('end', async () => {
            try {
                if (request.method !== 'POST' || request.url !== '/fronts')
                    throw new Error('only POST /fronts');
                const { upstream, label } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                const url = await startFront(operations, upstream, label || '');
                response.writeHead(200, { 'content-type': 'application/json' });
                response.end(JSON.stringify({ url }));
            } catch (error) {
                response.writeHead(400, { 'content-type': 'application/json' });
                response.end(JSON.stringify({ error: String(error.message || error) }));
            }
        });
    });
    control.listen(0, '127.0.0.1', () => {
        console.log(`Validator control on http://127.0.0.1:${control.address().port}`);
    });
}

main().catch(error => {
    console.error(`validator: ${error.stack || error}`);
    process.exit(1);
});

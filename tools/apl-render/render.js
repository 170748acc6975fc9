#!/usr/bin/env node
'use strict';
/*
 * apl-render: renders every APL document x sample datasource x viewport in
 * apl-viewhost-web (Amazon's APL view host, WebAssembly build) inside headless
 * Chromium, writes a PNG of each, and fails on render errors, engine errors,
 * lint findings, missing expected text, text overflow and clipping.
 *
 *   node render.js [--docs DIR] [--samples DIR] [--out DIR] [options]
 *   node render.js --self-test [--out DIR]
 *
 * See README.md.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');

const TOOL_DIR = __dirname;
const REPO_ROOT = path.resolve(TOOL_DIR, '..', '..');

const VIEWPORTS = {
    'hub-landscape': { width: 1280, height: 800, shape: 'RECTANGLE', dpi: 160, mode: 'HUB' },
    'hub-small': { width: 960, height: 480, shape: 'RECTANGLE', dpi: 160, mode: 'HUB' },
    round: { width: 480, height: 480, shape: 'ROUND', dpi: 160, mode: 'HUB' }
};

// Fixed clock so screens that show the time or date render the same each run.
const UTC_TIME = Date.UTC(2024, 0, 15, 7, 30, 0);

// Each sample is rendered under both of Amazon's published ways of binding a
// RenderDocument's datasources to the document's parameters (see host/host.js).
const BINDINGS = ['device', 'directive'];

// The APL version the bundled engine implements.
const ENGINE_APL_VERSION = '1.4';

const RENDER_TIMEOUT_MS = 60000;

// View host log lines that are expected offline and say nothing about the
// document: Bookerly (the 'serif' family) is not available locally.
const BENIGN_LOGS = [
    /Failed to load: Bookerly/
];

const USAGE = `usage: node render.js [options]

  --docs DIR        APL documents, one <screen>.json each
                    (default: <repo>/src/main/resources/apl)
  --samples DIR     samples, <screen>/<case>.json, as the skill's tests write
                    them (default: <repo>/target/apl-samples)
  --out DIR         where the PNGs go (default: <repo>/target/screens)
  --screen NAMES    only these screens (comma separated)
  --case NAMES      only these samples, as screen/case (comma separated)
  --viewport NAMES  only these viewports (comma separated; ${Object.keys(VIEWPORTS).join(', ')})
  --chromium PATH   Chromium binary (default: $CHROMIUM_PATH or /usr/bin/chromium)
  --jobs N          renders in parallel (default: 2)
  --settle MS       wait after inflating before judging (default: 250)
  --no-lint         skip apl-suggester
  --allow-remote-images
                    do not fail when an Image/VectorGraphic source on the
                    network is blocked (it is still not drawn)
  --self-test       render tools/apl-render/fixtures and check that every
                    deliberate defect there is caught (PNGs default to
                    tools/apl-render/out/self-test)
  -h, --help        this text`;

function parseArgs(argv) {
    const opts = {
        docs: path.join(REPO_ROOT, 'src', 'main', 'resources', 'apl'),
        samples: path.join(REPO_ROOT, 'target', 'apl-samples'),
        out: null,
        screens: null,
        cases: null,
        viewports: Object.keys(VIEWPORTS),
        chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        jobs: Math.max(1, Math.min(2, os.cpus().length)),
        settle: 250,
        lint: true,
        allowRemoteImages: false,
        selfTest: false
    };
    const need = (i) => {
        if (i + 1 >= argv.length) { throw new Error(`${argv[i]} needs a value`); }
        return argv[i + 1];
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        switch (a) {
            case '--docs': opts.docs = path.resolve(need(i)); i++; break;
            case '--samples': opts.samples = path.resolve(need(i)); i++; break;
            case '--out': opts.out = path.resolve(need(i)); i++; break;
            case '--screen': opts.screens = need(i).split(',').map((s) => s.trim()).filter(Boolean); i++; break;
            case '--case':
                opts.cases = need(i).split(',').map((s) => s.trim()).filter(Boolean); i++;
                opts.screens = [...new Set((opts.screens || []).concat(opts.cases.map((c) => c.split('/')[0])))];
                break;
            case '--viewport':
                opts.viewports = need(i).split(',').map((s) => s.trim()).filter(Boolean); i++;
                for (const v of opts.viewports) {
                    if (!VIEWPORTS[v]) { throw new Error(`unknown viewport ${v} (known: ${Object.keys(VIEWPORTS).join(', ')})`); }
                }
                break;
            case '--chromium': opts.chromium = need(i); i++; break;
            case '--jobs': opts.jobs = Math.max(1, parseInt(need(i), 10) || 1); i++; break;
            case '--settle': opts.settle = Math.max(0, parseInt(need(i), 10) || 0); i++; break;
            case '--no-lint': opts.lint = false; break;
            case '--allow-remote-images': opts.allowRemoteImages = true; break;
            case '--self-test': opts.selfTest = true; break;
            case '-h': case '--help': opts.help = true; break;
            default: throw new Error(`unknown argument ${a}`);
        }
    }
    if (opts.selfTest) {
        opts.docs = path.join(TOOL_DIR, 'fixtures', 'apl');
        opts.samples = path.join(TOOL_DIR, 'fixtures', 'samples');
        opts.out = opts.out || path.join(TOOL_DIR, 'out', 'self-test');
    }
    opts.out = opts.out || path.join(REPO_ROOT, 'target', 'screens');
    return opts;
}

function rel(p) {
    const r = path.relative(process.cwd(), p);
    return r && !r.startsWith('..') ? r : p;
}

function readJson(file) {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function listJson(dir) {
    return fs.existsSync(dir)
        ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.basename(f, '.json'))
        : [];
}

function versionNewerThan(v, base) {
    const pa = String(v).split('.').map((n) => parseInt(n, 10) || 0);
    const pb = String(base).split('.').map((n) => parseInt(n, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        if ((pa[i] || 0) !== (pb[i] || 0)) { return (pa[i] || 0) > (pb[i] || 0); }
    }
    return false;
}

// Properties that newer APL versions (and apl-suggester) accept but the 1.4
// engine silently ignores, so the rendering here would differ from a device.
// Each one was checked against apl-viewhost-web 1.4.0.
function compatFindings(doc) {
    const found = [];
    const walk = (node, at) => {
        if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${at}/${i}`)); return; }
        if (!node || typeof node !== 'object') { return; }
        for (const [k, v] of Object.entries(node)) {
            const here = `${at}/${k}`;
            if (k === 'padding') {
                found.push(`${here}: "padding" is ignored by the 1.4 engine; use paddingLeft/paddingTop/paddingRight/paddingBottom`);
            } else if (k === 'paddingStart' || k === 'paddingEnd') {
                found.push(`${here}: "${k}" is ignored by the 1.4 engine; use ${k === 'paddingStart' ? 'paddingLeft' : 'paddingRight'}`);
            } else if (k === 'layoutDirection') {
                found.push(`${here}: "layoutDirection" is ignored by the 1.4 engine`);
            } else if (k === 'textAlign' && (v === 'start' || v === 'end')) {
                found.push(`${here}: textAlign "${v}" is ignored by the 1.4 engine; use "${v === 'start' ? 'left' : 'right'}"`);
            } else if (k === 'background' && node.type === 'Frame') {
                found.push(`${here}: Frame "background" is ignored by the 1.4 engine; use backgroundColor`);
            }
            walk(v, here);
        }
    };
    walk(doc, '');
    return found;
}

// Loads documents and samples, runs the static checks and the linter.
// Returns { renders: [...], failures: [...] } where failures are not tied to
// a rendered viewport (bad JSON, lint, missing samples, imports).
async function collect(opts) {
    const failures = [];
    const renders = [];
    const fail = (where, kind, message) => failures.push({ where, kind, message });
    let screens = listJson(opts.docs);
    if (opts.screens) {
        for (const s of opts.screens) {
            if (!screens.includes(s)) { fail(s, 'input', `no document ${rel(path.join(opts.docs, s + '.json'))}`); }
        }
        screens = screens.filter((s) => opts.screens.includes(s));
    }
    const lint = opts.lint ? require('./lib/lint') : null;

    // Sample folders without a document are a mistake (renamed screen?).
    if (fs.existsSync(opts.samples) && !opts.screens) {
        for (const d of fs.readdirSync(opts.samples).sort()) {
            if (fs.statSync(path.join(opts.samples, d)).isDirectory() && !screens.includes(d)) {
                fail(d, 'input', `samples folder ${rel(path.join(opts.samples, d))} has no document ${d}.json in ${rel(opts.docs)}`);
            }
        }
    }

    for (const screen of screens) {
        const docFile = path.join(opts.docs, screen + '.json');
        let docText;
        let doc;
        try {
            docText = fs.readFileSync(docFile, 'utf8');
            doc = JSON.parse(docText);
        } catch (e) {
            fail(screen, 'input', `${rel(docFile)} is not valid JSON: ${e.message}`);
            continue;
        }
        let ok = true;
        if (!doc || doc.type !== 'APL' || !doc.mainTemplate) {
            fail(screen, 'input', `${rel(docFile)} is not a full APL document (needs "type": "APL" and a mainTemplate)`);
            ok = false;
        } else {
            if (versionNewerThan(doc.version, ENGINE_APL_VERSION)) {
                fail(screen, 'version', `${rel(docFile)} declares APL version ${doc.version}; the renderer implements ${ENGINE_APL_VERSION}, so it cannot vouch for newer features. Use "version": "${ENGINE_APL_VERSION}"`);
            }
            if (Array.isArray(doc.import) && doc.import.length) {
                fail(screen, 'import', `${rel(docFile)} imports ${doc.import.map((p) => p.name + '@' + p.version).join(', ')}: ` +
                    'packages load from a CDN and cannot be checked offline; define the layouts inside the document');
                ok = false;
            }
        }
        if (ok) {
            for (const f of compatFindings(doc)) { fail(screen, 'compat', `${rel(docFile)} ${f}`); }
        }
        if (ok && lint) {
            for (const f of await lint.lintDocument(doc)) { fail(screen, 'lint', `apl-suggester: ${f}`); }
        }

        const sampleDir = path.join(opts.samples, screen);
        const cases = listJson(sampleDir).filter((c) => !opts.cases || opts.cases.includes(`${screen}/${c}`));
        if (!cases.length) {
            fail(screen, 'input', `no samples in ${rel(sampleDir)}/ (<case>.json with {"datasources": {...}, "expectText": [...]}; the skill's ScreenSamplesTest writes them)`);
            continue;
        }
        for (const c of cases) {
            const where = `${screen}/${c}`;
            const sampleFile = path.join(sampleDir, c + '.json');
            let sample;
            try {
                sample = readJson(sampleFile);
            } catch (e) {
                fail(where, 'input', `${rel(sampleFile)} is not valid JSON: ${e.message}`);
                continue;
            }
            if (!sample || !sample.datasources || typeof sample.datasources !== 'object' || Array.isArray(sample.datasources)) {
                fail(where, 'input', `${rel(sampleFile)} needs {"datasources": {...}}, the object a RenderDocument directive sends`);
                continue;
            }
            const expects = {};
            const bad = EXPECTATIONS.filter((k) => (expects[k] = expectation(sample[k])) === null);
            if (bad.length) {
                fail(where, 'input', `${rel(sampleFile)}: ${bad.join(', ')} must be an array of strings, or an object of such arrays by viewport name ("*" for the others)`);
                continue;
            }
            if (lint) {
                for (const f of await lint.lintDatasources(sample.datasources)) { fail(where, 'lint', `apl-suggester (datasources): ${f}`); }
            }
            if (!ok) { continue; }
            for (const vp of opts.viewports) {
                for (const binding of BINDINGS) {
                    renders.push({
                        screen, caseName: c, viewport: vp, binding, document: docText, datasources: sample.datasources,
                        expectText: expects.expectText(vp), expectTextStart: expects.expectTextStart(vp),
                        expectButtons: expects.expectButtons(vp)
                    });
                }
            }
        }
    }
    return { screens, renders, failures };
}

// What a sample says must show: texts fully visible, texts whose start is
// visible (in a scrolling box), and button labels inside a TouchWrapper.
const EXPECTATIONS = ['expectText', 'expectTextStart', 'expectButtons'];

// An array for every viewport, or {"<viewport>": [...], "*": [...]}; returns
// viewport -> array, or null when malformed.
function expectation(value) {
    const strings = (a) => Array.isArray(a) && a.every((t) => typeof t === 'string');
    if (value === undefined) { return () => []; }
    if (strings(value)) { return () => value; }
    if (value && typeof value === 'object' && Object.values(value).every(strings)) {
        return (vp) => value[vp] || value['*'] || [];
    }
    return null;
}

function normText(s) {
    return String(s || '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function isBenign(text) {
    return BENIGN_LOGS.some((re) => re.test(text));
}

// Turns what the page reported into failure messages.
function judge(r, result, events, opts) {
    const out = [];
    const seen = new Set();
    const add = (kind, message) => {
        if (!seen.has(kind + message)) { seen.add(kind + message); out.push({ kind, message }); }
    };
    for (const p of result.problems) { add(p.kind, p.message); }
    for (const l of result.logs) {
        const line = `${l.logger}: ${l.message}`;
        if ((l.level === 'warn' || l.level === 'error') && !isBenign(line)) {
            add('log', `view host ${l.level} ${line}`);
        }
    }
    for (const c of events.console) {
        if (c.type !== 'error' && c.type !== 'warn' && c.type !== 'warning') { continue; }
        if (isBenign(c.text)) { continue; }
        // Network failures are reported (with their URL) from the request
        // handler below; the console line has no URL.
        if (/^Failed to load resource/.test(c.text)) { continue; }
        add('log', `console ${c.type}: ${c.text}`);
    }
    for (const e of events.pageErrors) { add('render', `page error: ${e}`); }
    for (const b of events.blocked) {
        if (opts.allowRemoteImages && /^image /.test(b)) { continue; }
        add(/cloudfront\.net\/packages\//.test(b) ? 'import' : 'network',
            `blocked request to the network: ${b} (everything must be in the document or the datasource)`);
    }
    for (const h of events.httpErrors) { add('network', `request failed: ${h}`); }

    if (result.rendered) {
        // Each entry must be within the text of one component.
        const visible = result.texts.map(normText);
        const partial = result.partialTexts.map(normText);
        const shown = () => result.texts.map((x) => `"${x.length > 40 ? x.slice(0, 37) + '...' : x}"`).join(', ') || '(none)';
        for (const t of r.expectText) {
            const want = normText(t);
            if (!want || visible.some((v) => v.includes(want))) { continue; }
            if (partial.some((v) => v.includes(want))) {
                add('missing-text', `expected text "${t}" is on screen but not fully visible (see the overflow/clipping lines)`);
            } else {
                add('missing-text', `expected text "${t}" is not visible; visible text: ${shown()}`);
            }
        }
        // The start of a text in a scrolling box: the text is shown, from its
        // first words, even when its end is scrolled out of view.
        for (const t of r.expectTextStart) {
            const want = normText(t);
            if (!want || visible.concat(partial).some((v) => v.startsWith(want))) { continue; }
            add('missing-text', `expected a text starting "${t}"; visible text: ${shown()}`);
        }
        const buttons = result.buttons.map(normText);
        for (const b of r.expectButtons) {
            if (buttons.includes(normText(b))) { continue; }
            add('missing-button', `expected a button "${b}"; buttons shown: ${result.buttons.map((x) => `"${x}"`).join(', ') || '(none)'}`);
        }
    }
    return out;
}

// A screen must show the same under both bindings: the text each render
// shows (fully or in part) and its buttons are compared, and a difference is
// a 'binding' failure of the directive render. Returns the results it failed.
function compareBindings(results) {
    const byKey = new Map();
    for (const x of results) {
        const key = `${x.r.screen}/${x.r.caseName}@${x.r.viewport}`;
        byKey.set(key, Object.assign(byKey.get(key) || {}, { [x.r.binding]: x }));
    }
    const failed = [];
    for (const { device, directive } of byKey.values()) {
        if (!device || !directive || !device.shown || !directive.shown) { continue; }
        const only = (a, b) => a.filter((t) => !b.includes(t));
        const lost = only(device.shown, directive.shown);
        const gained = only(directive.shown, device.shown);
        if (!lost.length && !gained.length) { continue; }
        const list = (a) => a.map((t) => `"${t.length > 40 ? t.slice(0, 37) + '...' : t}"`).join(', ') || '(none)';
        directive.found.push({
            kind: 'binding',
            message: 'the screen differs between the device binding (AplCoreGuiRenderer.cpp) and the directive.cpp binding: ' +
                `only under the device binding ${list(lost)}; only under directive.cpp ${list(gained)}`
        });
        failed.push(directive);
    }
    return failed;
}

// Everything a render showed, as comparable strings.
function shownOf(result) {
    if (!result || !result.rendered) { return null; }
    return result.texts.map((t) => 'text ' + normText(t))
        .concat(result.partialTexts.map((t) => 'part ' + normText(t)))
        .concat(result.buttons.map((t) => 'button ' + normText(t)))
        .sort();
}

async function renderOne(ctx, r) {
    const { page, events } = ctx;
    const vp = VIEWPORTS[r.viewport];
    events.blocked.length = 0;
    events.console.length = 0;
    events.pageErrors.length = 0;
    events.httpErrors.length = 0;
    await page.setViewport({ width: vp.width, height: vp.height, deviceScaleFactor: 1 });
    const T = [performance.now()];
    await page.goto(ctx.origin + '/', { waitUntil: 'load', timeout: 60000 });
    T.push(performance.now());
    const result = await page.evaluate((spec) => window.aplRender(spec), {
        document: r.document,
        datasources: r.datasources,
        binding: r.binding,
        viewport: vp,
        utcTime: UTC_TIME,
        settleMs: ctx.settle
    });
    T.push(performance.now());
    // The PNG shows the device's binding; the other render is compared by its text.
    const png = r.binding === 'device' ? path.join(ctx.out, `${r.screen}-${r.caseName}-${r.viewport}.png`) : null;
    if (png) { await page.screenshot({ path: png, clip: { x: 0, y: 0, width: vp.width, height: vp.height } }); }
    T.push(performance.now());
    if (process.env.APL_RENDER_DEBUG) { console.log('phases', T.slice(1).map((t, i) => Math.round(t - T[i])).join(' ')); }
    return { result, png };
}

async function run(opts) {
    const t0 = performance.now();
    const { screens, renders, failures } = await collect(opts);
    const results = [];
    // In the self-test the fixtures fail on purpose; checkSelfTest judges them.
    const failTag = opts.selfTest ? 'got ' : 'FAIL';

    if (renders.length) {
        const server = await require('./lib/server').start();
        const { launch, openPage } = require('./lib/browser');
        fs.mkdirSync(opts.out, { recursive: true });
        const queue = renders.slice();
        // One Chromium per worker: a page that is not the foreground tab of
        // its browser gets no animation frames, and the view host draws on
        // requestAnimationFrame.
        const worker = async () => {
            const chrome = await launch(opts.chromium);
            try {
                const { page, events } = await openPage(chrome.browser, server.origin);
                const ctx = { page, events, origin: server.origin, out: opts.out, settle: opts.settle };
                while (queue.length) {
                    const r = queue.shift();
                    const started = performance.now();
                    let found;
                    let png = null;
                    let shown = null;
                    let timer;
                    try {
                        const timeout = new Promise((_, rej) => {
                            timer = setTimeout(() => rej(new Error(`render timed out after ${RENDER_TIMEOUT_MS / 1000} s`)), RENDER_TIMEOUT_MS);
                        });
                        const res = await Promise.race([renderOne(ctx, r), timeout]);
                        png = res.png;
                        shown = shownOf(res.result);
                        found = judge(r, res.result, events, opts);
                    } catch (e) {
                        found = [{ kind: 'render', message: `render failed: ${String(e.message).split('\n')[0]}` }];
                    } finally {
                        clearTimeout(timer);
                    }
                    const ms = Math.round(performance.now() - started);
                    results.push({ r, found, png, ms, shown });
                    const tag = found.length ? 'fail' : 'ok  ';
                    console.log(`${tag} ${r.screen}/${r.caseName} @${r.viewport} ${r.binding} (${ms} ms)${png ? ' -> ' + rel(png) : ''}`);
                    for (const f of found) {
                        console.log(`${failTag} ${r.screen}/${r.caseName} @${r.viewport} ${r.binding} [${f.kind}] ${f.message}`);
                    }
                }
            } finally {
                await chrome.close();
            }
        };
        try {
            await Promise.all(Array.from({ length: Math.min(opts.jobs, renders.length) }, worker));
        } finally {
            await server.close();
        }
    }
    for (const x of compareBindings(results)) {
        console.log(`${failTag} ${x.r.screen}/${x.r.caseName} @${x.r.viewport} [binding] ${x.found[x.found.length - 1].message}`);
    }
    for (const f of failures) {
        console.log(`${failTag} ${f.where} [${f.kind}] ${f.message}`);
    }
    return { screens, renders, failures, results, seconds: (performance.now() - t0) / 1000 };
}

function summarize(outcome) {
    const failedRenders = outcome.results.filter((x) => x.found.length).length;
    const passed = outcome.results.length - failedRenders;
    const failed = failedRenders + outcome.failures.length;
    console.log(`apl-render: ${outcome.screens.length} document(s), ${outcome.results.length} render(s) in ${outcome.seconds.toFixed(1)} s`);
    console.log(`apl-render: ${passed} passed, ${failed} failed`);
    return failed === 0;
}

// --self-test: every fixture render must show exactly the failure kinds
// fixtures/expectations.json lists for it (none for the good fixtures), under
// each binding. An entry is keyed by "<viewport>@<binding>", "<viewport>",
// "<binding>" or "*", the first that is there applying.
function checkSelfTest(opts, outcome) {
    const expectations = readJson(path.join(TOOL_DIR, 'fixtures', 'expectations.json'));
    const keys = Object.keys(expectations)
        .filter((k) => !k.startsWith('_'))
        .filter((k) => !opts.screens || opts.screens.includes(k.split('/')[0]));
    const actual = new Map(); // "screen/case@viewport@binding" -> failure kinds
    const note = (key, vp, binding, kinds) => {
        const id = `${key}@${vp}@${binding}`;
        actual.set(id, (actual.get(id) || []).concat(kinds));
    };
    for (const x of outcome.results) {
        note(`${x.r.screen}/${x.r.caseName}`, x.r.viewport, x.r.binding, x.found.map((f) => f.kind));
    }
    // Document- and sample-level failures count for every viewport and
    // binding of the screen (or screen/case) they belong to.
    for (const f of outcome.failures) {
        const targets = f.where.includes('/') ? [f.where] : keys.filter((k) => k.split('/')[0] === f.where);
        if (!targets.length) { targets.push(`${f.where}/?`); }
        for (const k of targets) {
            for (const vp of opts.viewports) {
                for (const binding of BINDINGS) { note(k, vp, binding, [f.kind]); }
            }
        }
    }
    let passed = 0;
    const problems = [];
    for (const key of keys) {
        for (const vp of opts.viewports) {
            for (const binding of BINDINGS) {
                if (!actual.has(`${key}@${vp}@${binding}`)) {
                    problems.push(`${key}@${vp}@${binding}: listed in fixtures/expectations.json but never rendered or checked`);
                }
            }
        }
    }
    for (const [id, kinds] of actual) {
        const [key, vp, binding] = id.split('@');
        const e = expectations[key];
        const got = [...new Set(kinds)].sort();
        if (!e) {
            problems.push(`${id}: no entry in fixtures/expectations.json (got ${got.join(', ') || 'no failures'})`);
            continue;
        }
        const want = [...new Set(e[`${vp}@${binding}`] || e[vp] || e[binding] || e['*'] || [])].sort();
        if (want.join(',') !== got.join(',')) {
            problems.push(`${id}: expected ${want.join(', ') || 'no failures'}, got ${got.join(', ') || 'no failures'}`);
        } else {
            passed++;
            console.log(`self-test ok   ${id}: ${want.length ? 'caught ' + want.join(', ') : 'clean'}`);
        }
    }
    for (const p of problems) { console.log(`self-test FAIL ${p}`); }
    console.log(`self-test: ${passed} passed, ${problems.length} failed`);
    return problems.length === 0;
}

async function main() {
    let opts;
    try {
        opts = parseArgs(process.argv.slice(2));
    } catch (e) {
        console.error(`apl-render: ${e.message}\n\n${USAGE}`);
        return 2;
    }
    if (opts.help) { console.log(USAGE); return 0; }
    if (!opts.selfTest && !fs.existsSync(opts.docs)) {
        console.log(`apl-render: no APL documents folder ${rel(opts.docs)}; nothing to render`);
        return 0;
    }
    console.log(`apl-render: documents ${rel(opts.docs)}, samples ${rel(opts.samples)}, PNGs -> ${rel(opts.out)}`);
    let outcome;
    try {
        outcome = await run(opts);
    } catch (e) {
        console.error(`apl-render: ${e.message}`);
        return 2;
    }
    if (opts.selfTest) {
        console.log(`apl-render: ${outcome.results.length} fixture render(s) in ${outcome.seconds.toFixed(1)} s`);
        return checkSelfTest(opts, outcome) ? 0 : 1;
    }
    return summarize(outcome) ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (e) => {
    console.error(`apl-render: ${e && e.stack || e}`);
    process.exitCode = 2;
});

'use strict';
// Headless Chromium (Debian's package) driven by puppeteer-core, with every
// request that is not for the local server either answered from local files
// (the Amazon Ember fonts the view host asks its CDN for) or blocked and
// recorded.

const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const TOOL_DIR = path.resolve(__dirname, '..');
const FONT_DIR = path.join(
    path.dirname(require.resolve('apl-viewhost-web-fonts/package.json', { paths: [TOOL_DIR] })), 'fonts');

// apl-viewhost-web 1.4.0 declares @font-face rules that point at Amazon's
// font CDN. The Amazon Ember Display files it names are answered with the
// matching Amazon Ember weights shipped in apl-viewhost-web 1.6.3 (Heavy has
// no counterpart and gets Bold). Bookerly (the 'serif' family) ships in no
// npm package; those requests get a 404 and the browser falls back to its
// own serif font.
const FONT_FILES = {
    'AmazonEmberDisplay_Lt.ttf': 'Amazon-Ember-Light.ttf',
    'AmazonEmberDisplay_Rg.ttf': 'Amazon-Ember-Regular.ttf',
    'AmazonEmberDisplay_Md.ttf': 'Amazon-Ember-Medium.ttf',
    'AmazonEmberDisplay_Bd.ttf': 'Amazon-Ember-Bold.ttf',
    'AmazonEmberDisplay_He.ttf': 'Amazon-Ember-Bold.ttf',
    'Amazon-Ember-LightItalic.ttf': 'Amazon-Ember-LightItalic.ttf',
    'Amazon-Ember-RegularItalic.ttf': 'Amazon-Ember-RegularItalic.ttf',
    'Amazon-Ember-MediumItalic.ttf': 'Amazon-Ember-MediumItalic.ttf',
    'Amazon-Ember-BoldItalic.ttf': 'Amazon-Ember-BoldItalic.ttf'
};
const FONT_URL = /^https:\/\/d1gkjrhppbyzyh\.cloudfront\.net\/([A-Za-z_-]+\.ttf)$/;
const BOOKERLY_URL = /^https:\/\/d1gkjrhppbyzyh\.cloudfront\.net\/Bookerly-[A-Za-z]+\.ttf$/;

const fontCache = new Map();
function fontBytes(name) {
    if (!fontCache.has(name)) { fontCache.set(name, fs.readFileSync(path.join(FONT_DIR, name))); }
    return fontCache.get(name);
}

function checkFonts() {
    const missing = [...new Set(Object.values(FONT_FILES))].filter((f) => !fs.existsSync(path.join(FONT_DIR, f)));
    if (missing.length) {
        throw new Error(`Amazon Ember fonts missing from ${FONT_DIR}: ${missing.join(', ')} (run npm ci in tools/apl-render)`);
    }
}

const CHROMIUM_FLAGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    '--font-render-hinting=none',
    '--force-color-profile=srgb'
];

async function launch(executablePath) {
    if (!fs.existsSync(executablePath)) {
        throw new Error(`Chromium not found at ${executablePath} (apt-get install -y chromium, or pass --chromium PATH)`);
    }
    checkFonts();
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apl-render-chromium-'));
    const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        userDataDir,
        args: CHROMIUM_FLAGS,
        defaultViewport: null,
        protocolTimeout: 120000
    });
    return {
        browser,
        async close() {
            await browser.close().catch(() => {});
            fs.rmSync(userDataDir, { recursive: true, force: true });
        }
    };
}

// A page wired to the local server. `events` collects, per render, the
// requests that were blocked and the console output.
async function openPage(browser, origin) {
    const page = await browser.newPage();
    // Local time on screen is the fixed clock (see host/host.js) in UTC.
    await page.emulateTimezone('UTC');
    const events = { blocked: [], console: [], pageErrors: [], httpErrors: [] };
    await page.setRequestInterception(true);
    page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) {
            req.continue();
            return;
        }
        const m = FONT_URL.exec(url);
        if (m && FONT_FILES[m[1]]) {
            req.respond({
                status: 200,
                contentType: 'font/ttf',
                headers: { 'access-control-allow-origin': '*' },
                body: fontBytes(FONT_FILES[m[1]])
            });
            return;
        }
        if (BOOKERLY_URL.test(url)) {
            req.respond({ status: 404, headers: { 'access-control-allow-origin': '*' }, body: '' });
            return;
        }
        events.blocked.push(`${req.resourceType()} ${url}`);
        req.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
        events.console.push({ type: msg.type(), text: msg.text() });
    });
    page.on('response', (res) => {
        if (res.status() >= 400 && !BOOKERLY_URL.test(res.url())) {
            events.httpErrors.push(`${res.status()} ${res.url()}`);
        }
    });
    page.on('pageerror', (err) => {
        events.pageErrors.push(String(err && err.message || err));
    });
    return { page, events };
}

module.exports = { launch, openPage, FONT_DIR, CHROMIUM_FLAGS };

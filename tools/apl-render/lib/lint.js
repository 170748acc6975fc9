'use strict';
// apl-suggester (Amazon's APL linter) in "strict" mode: the package has no
// strictness switch, so strict here means every finding it reports, ERROR
// or WARNING, is a failure.

const { StaticAplTemplateValidator } = require('apl-suggester');

let validator = null;

// apl-suggester prints internal notes ("No mixin for component : ...") with
// console.warn/console.log; keep them out of the report.
async function quietly(fn) {
    const saved = { log: console.log, warn: console.warn, info: console.info };
    console.log = console.warn = console.info = () => {};
    try {
        return await fn();
    } finally {
        Object.assign(console, saved);
    }
}

function format(findings) {
    return (findings || []).map((f) => `${f.level || 'ERROR'} ${f.path || '/'}: ${f.errorMessage}`);
}

// The document must not import packages: apl-suggester would fetch them from
// Amazon's CDN. render.js rejects imports before calling this.
async function lintDocument(doc) {
    validator = validator || new StaticAplTemplateValidator();
    return format(await quietly(() => validator.validate(doc)));
}

async function lintDatasources(datasources) {
    validator = validator || new StaticAplTemplateValidator();
    return format(await quietly(() => validator.validateDataSources(datasources)));
}

module.exports = { lintDocument, lintDatasources };

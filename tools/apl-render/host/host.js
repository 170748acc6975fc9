/*
 * Browser side of apl-render. Loaded by host/index.html after the
 * apl-viewhost-web bundle (global `AplRenderer`).
 *
 * window.aplRender(spec) renders one APL document with one set of
 * datasources into #apl and returns
 *   { problems: [{kind, message}], logs: [...], texts: [...], partialTexts: [...], buttons: [...] }
 * binding the datasources as spec.binding says ('device' or 'directive', see
 * bindAsDevice and bindAsDirective below).
 * The Node side (render.js) turns problems into failures and takes the PNG.
 */
(function () {
    'use strict';

    var R = window.AplRenderer;

    // A fixed clock: the view host feeds Date.now() to APL core on every
    // frame (localTime, utcTime, Time.format), so screens that show the time
    // would differ on every run. From aplRender() on, the page's clock starts
    // at spec.utcTime and runs at normal speed (animations still play).
    var RealDate = window.Date;
    var clockBase = null;
    var clockStart = 0;
    function clockNow() {
        return clockBase === null ? RealDate.now() : clockBase + (performance.now() - clockStart);
    }
    class FixedDate extends RealDate {
        constructor() {
            if (arguments.length === 0) { super(clockNow()); } else { super(...arguments); }
        }
        static now() { return clockNow(); }
    }
    window.Date = FixedDate;
    var engineReady = (typeof Module !== 'undefined' && Module.calledRun)
        ? Promise.resolve()
        : R.initEngine();

    // Everything the view host logs, from construction on (it replaces the
    // loglevel method factory, so we install the transport ourselves too).
    var logs = [];
    function logTransport(level, loggerName, message) {
        logs.push({ level: String(level), logger: String(loggerName), message: String(message).replace(/\u0000/g, '').trim() });
    }

    // Geometry tolerance in CSS px. Sub-pixel differences between the core's
    // text measurement and Chromium's layout are not overflow.
    var TOL = 1.0;

    var SCROLLABLE = {};
    SCROLLABLE[R.ComponentType.kComponentTypeSequence] = true;
    SCROLLABLE[R.ComponentType.kComponentTypeGridSequence] = true;
    SCROLLABLE[R.ComponentType.kComponentTypeScrollView] = true;
    SCROLLABLE[R.ComponentType.kComponentTypePager] = true;

    var TYPE_NAMES = {};
    Object.keys(R.ComponentType).forEach(function (k) {
        if (/^kComponentType/.test(k)) { TYPE_NAMES[R.ComponentType[k]] = k.replace('kComponentType', ''); }
    });

    function sleep(ms) { return new Promise(function (res) { setTimeout(res, ms); }); }
    function frame() { return new Promise(function (res) { requestAnimationFrame(function () { res(); }); }); }
    function norm(s) { return String(s || '').replace(/[\s\u00a0\u200b]+/g, ' ').trim(); }

    function rectOf(r) { return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }
    function intersect(a, b) {
        return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top),
                 right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
    }
    function isEmpty(r) { return r.right - r.left <= 0.5 || r.bottom - r.top <= 0.5; }
    function union(rects) {
        var u = null;
        rects.forEach(function (r) {
            u = u ? { left: Math.min(u.left, r.left), top: Math.min(u.top, r.top),
                      right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) } : rectOf(r);
        });
        return u;
    }
    // How far `inner` sticks out of `outer`, per side (0 when inside).
    function excess(inner, outer) {
        return {
            left: Math.max(0, outer.left - inner.left), right: Math.max(0, inner.right - outer.right),
            top: Math.max(0, outer.top - inner.top), bottom: Math.max(0, inner.bottom - outer.bottom)
        };
    }
    function maxExcess(e) { return Math.max(e.left, e.right, e.top, e.bottom); }
    function describeExcess(e) {
        return ['left', 'right', 'top', 'bottom']
            .filter(function (k) { return e[k] > TOL; })
            .map(function (k) { return k + ' ' + Math.round(e[k]) + 'px'; }).join(', ');
    }
    function fmt(r) {
        return Math.round(r.right - r.left) + 'x' + Math.round(r.bottom - r.top) +
            '@' + Math.round(r.left) + ',' + Math.round(r.top);
    }

    // Where the text is actually drawn: one rect per word (run of
    // non-white-space characters) per line, from DOM Ranges over the text
    // nodes. This is independent of the size the view host gave the element
    // (its <p> is display:table-cell and grows with its content, so
    // scrollHeight/clientHeight of the <p> alone does not show overflow), and
    // leaves out the white space that hangs past the end of a wrapped line
    // under white-space: pre-wrap, which would otherwise look like overflow.
    //
    // Vertically a Range rect is the font's content area (ascent + descent,
    // about 1.2 em for Amazon Ember). With a lineHeight below that, the line
    // box the core lays out is shorter than the content area, and the rect
    // would stick out of a box that fits exactly. So each rect is cut to its
    // line box (lineHeight tall, centred on the content area, as CSS
    // distributes half-leading) whenever the line box is the smaller of the two.
    function inkRects(el) {
        var out = [];
        var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, null);
        var node;
        var word = /\S+/g;
        while ((node = walker.nextNode())) {
            var s = node.nodeValue;
            var m;
            var lh = parseFloat(getComputedStyle(node.parentElement).lineHeight); // NaN for 'normal'
            word.lastIndex = 0;
            while ((m = word.exec(s))) {
                var range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                var rects = range.getClientRects();
                for (var i = 0; i < rects.length; i++) {
                    if (rects[i].width <= 0.5 || rects[i].height <= 0.5) { continue; }
                    var r = rectOf(rects[i]);
                    if (lh > 0 && lh < r.bottom - r.top) {
                        var c = (r.top + r.bottom) / 2;
                        r.top = c - lh / 2;
                        r.bottom = c + lh / 2;
                    }
                    out.push(r);
                }
            }
        }
        return out;
    }

    // Not drawn at all: display none, visibility hidden, or opacity 0 on the
    // element or any ancestor up to the view.
    function isShown(el, view) {
        for (var e = el; e && e !== view.parentElement; e = e.parentElement) {
            var cs = getComputedStyle(e);
            if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0) { return false; }
        }
        return true;
    }

    // "Frame#card 200x60@40,40": type, APL id when the document gives one,
    // size and position on screen.
    function label(comp) {
        var type = TYPE_NAMES[comp.component.getType()] || 'Component';
        var id = comp.assignedId ? '#' + comp.assignedId : '';
        return type + id + ' ' + fmt(comp.container.getBoundingClientRect());
    }

    function textLabel(comp, text) {
        var type = TYPE_NAMES[comp.component.getType()] || 'Component';
        var id = comp.assignedId ? '#' + comp.assignedId : '';
        var t = text.length > 48 ? text.slice(0, 45) + '...' : text;
        return type + id + ' "' + t + '"';
    }

    // The clip chain of `el`: every ancestor (up to and including the view)
    // whose overflow is not visible, plus the viewport itself.
    function clipChain(el, view, byElement, viewportRect) {
        var chain = [];
        for (var e = el.parentElement; e; e = e.parentElement) {
            var cs = getComputedStyle(e);
            if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || (cs.clipPath && cs.clipPath !== 'none' && e !== view)) {
                var owner = null;
                for (var o = e; o && !owner; o = o.parentElement) { owner = byElement.get(o) || null; if (o === view) { break; } }
                var scroll = !!(owner && SCROLLABLE[owner.component.getType()]);
                var r = e.getBoundingClientRect();
                var bl = parseFloat(cs.borderLeftWidth) || 0, bt = parseFloat(cs.borderTopWidth) || 0;
                var br = parseFloat(cs.borderRightWidth) || 0, bb = parseFloat(cs.borderBottomWidth) || 0;
                chain.push({
                    rect: { left: r.left + bl, top: r.top + bt, right: r.right - br, bottom: r.bottom - bb },
                    scroll: scroll,
                    label: e === view ? 'the view' : (owner ? label(owner) : e.tagName.toLowerCase() + ' ' + fmt(r))
                });
            }
            if (e === view) { break; }
        }
        chain.push({ rect: viewportRect, scroll: false, label: 'the viewport' });
        return chain;
    }

    // A text is a button's label when a TouchWrapper holds it.
    function insideTouchWrapper(el, view, byElement) {
        for (var e = el.parentElement; e && e !== view.parentElement; e = e.parentElement) {
            var owner = byElement.get(e);
            if (owner && owner.component.getType() === R.ComponentType.kComponentTypeTouchWrapper) { return true; }
        }
        return false;
    }

    function inspect(renderer, spec) {
        var problems = [];
        var texts = [];
        var partialTexts = [];
        var buttons = [];
        var view = document.getElementById('apl');
        var vr = view.getBoundingClientRect();
        var viewportRect = { left: vr.left, top: vr.top, right: vr.left + spec.viewport.width, bottom: vr.top + spec.viewport.height };
        var round = spec.viewport.shape === 'ROUND';
        var cx = (viewportRect.left + viewportRect.right) / 2;
        var cy = (viewportRect.top + viewportRect.bottom) / 2;
        var radius = Math.min(spec.viewport.width, spec.viewport.height) / 2;

        var byElement = new Map();
        Object.keys(renderer.componentMap).forEach(function (k) {
            var c = renderer.componentMap[k];
            if (c && c.container) { byElement.set(c.container, c); }
        });

        Object.keys(renderer.componentMap).forEach(function (k) {
            var comp = renderer.componentMap[k];
            if (!comp || comp.isDestroyed || !comp.container || !comp.container.isConnected) { return; }
            var type = comp.component.getType();
            var el = comp.container;
            var textEl;
            var text;
            if (type === R.ComponentType.kComponentTypeText) {
                textEl = comp.textContainer;
                text = norm(textEl && textEl.textContent);
            } else if (type === R.ComponentType.kComponentTypeEditText) {
                textEl = el.querySelector('input,textarea');
                text = norm(textEl && textEl.value);
            } else {
                return;
            }
            if (!textEl || !text || !isShown(el, view)) { return; }

            // The component's own text box: its bounds minus padding/border
            // (innerBounds, in the core's coordinates), mapped to the page.
            var er = el.getBoundingClientRect();
            var b = comp.bounds || { width: er.width, height: er.height };
            var ib = comp.innerBounds || { left: 0, top: 0, width: b.width, height: b.height };
            var sx = b.width ? er.width / b.width : 1;
            var sy = b.height ? er.height / b.height : 1;
            var box = { left: er.left + ib.left * sx, top: er.top + ib.top * sy,
                        right: er.left + (ib.left + ib.width) * sx, bottom: er.top + (ib.top + ib.height) * sy };

            var ink;
            if (type === R.ComponentType.kComponentTypeEditText) {
                // A native <input>: its text cannot be measured with Ranges;
                // compare the scroll width of the value with the field.
                if (textEl.scrollWidth > textEl.clientWidth + TOL) {
                    problems.push({ kind: 'overflow', message: textLabel(comp, text) + ' does not fit its input field (' +
                        textEl.scrollWidth + 'px of text in ' + textEl.clientWidth + 'px)' });
                    partialTexts.push(text);
                } else {
                    texts.push(text);
                }
                return;
            }
            ink = inkRects(textEl);
            if (!ink.length) { return; }
            var inkBox = union(ink);
            var ok = true;

            // 1. Text larger than its own box (the view host does not clip a
            //    Text component, so overflowing lines spill over the neighbours).
            var ex = excess(inkBox, box);
            if (maxExcess(ex) > TOL) {
                ok = false;
                problems.push({ kind: 'overflow', message: textLabel(comp, text) + ' overflows its box ' + fmt(box) +
                    ': text needs ' + fmt(inkBox) + ' (' + describeExcess(ex) + ')' });
            }

            // 2. Ellipsis truncation by maxLines: the view host drops the lines
            //    past maxLines and ends the last one with an ellipsis.
            var styled = comp.styledText;
            var full = norm(styled && typeof styled === 'object' ? styled.text : styled);
            if (comp.maxLines > 0 && full && text !== full && /\u2026$/.test(text) && !/\u2026$/.test(full)) {
                ok = false;
                problems.push({ kind: 'truncated', message: textLabel(comp, full) + ' is cut to ' + comp.maxLines +
                    ' line(s) by maxLines: shows "' + text + '"' });
            }

            // 3. Clipping by ancestors and the viewport. A scrollable ancestor
            //    (Sequence, GridSequence, ScrollView, Pager) hides content by
            //    design, so it only decides what counts as visible; any other
            //    clipping ancestor, the viewport or the round screen's circle
            //    cutting into the text is a failure.
            var chain = clipChain(el, view, byElement, viewportRect);
            var scrollClip = null;
            chain.forEach(function (c) {
                if (c.scroll) { scrollClip = scrollClip ? intersect(scrollClip, c.rect) : c.rect; }
            });
            var inScroll = scrollClip
                ? ink.map(function (r) { return intersect(r, scrollClip); }).filter(function (r) { return !isEmpty(r); })
                : ink;
            if (!inScroll.length) { return; } // scrolled out of view: neither visible nor a problem
            var fullyInScroll = !scrollClip || (inScroll.length === ink.length && ink.every(function (r) {
                return maxExcess(excess(r, scrollClip)) <= TOL;
            }));
            var cutBy = [];
            var worstCut = null;
            chain.forEach(function (c) {
                if (c.scroll) { return; }
                var worst = { left: 0, right: 0, top: 0, bottom: 0 };
                inScroll.forEach(function (r) {
                    var e = excess(r, c.rect);
                    ['left', 'right', 'top', 'bottom'].forEach(function (side) { worst[side] = Math.max(worst[side], e[side]); });
                });
                if (maxExcess(worst) > TOL && cutBy.indexOf(c.label) < 0) {
                    cutBy.push(c.label);
                    worstCut = worstCut || worst; // the innermost clip that cuts
                }
            });
            if (cutBy.length) {
                ok = false;
                problems.push({ kind: 'clipped', message: textLabel(comp, text) + ' is clipped by ' + cutBy.join(', then ') +
                    ' (' + describeExcess(worstCut) + ' cut off)' });
            }
            if (round) {
                // Judge only what the other clips leave showing.
                var shown = inScroll;
                chain.forEach(function (c) {
                    if (c.scroll) { return; }
                    shown = shown.map(function (r) { return intersect(r, c.rect); }).filter(function (r) { return !isEmpty(r); });
                });
                var worstOut = 0;
                shown.forEach(function (r) {
                    [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]].forEach(function (p) {
                        var d = Math.sqrt((p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy)) - radius;
                        worstOut = Math.max(worstOut, d);
                    });
                });
                if (worstOut > TOL) {
                    ok = false;
                    problems.push({ kind: 'clipped', message: textLabel(comp, text) +
                        ' is clipped by the round screen (a line corner lies ' + Math.round(worstOut) +
                        'px outside the ' + Math.round(radius * 2) + 'px circle)' });
                }
            }
            (ok && fullyInScroll ? texts : partialTexts).push(text);
            if (ok && fullyInScroll && insideTouchWrapper(el, view, byElement)) { buttons.push(text); }
        });
        return { problems: problems, texts: texts, partialTexts: partialTexts, buttons: buttons };
    }

    async function waitForAssets(timeoutMs) {
        var deadline = Date.now() + timeoutMs;
        if (document.fonts && document.fonts.ready) { await document.fonts.ready; }
        while (Date.now() < deadline) {
            var imgs = Array.prototype.slice.call(document.querySelectorAll('#apl img'));
            if (imgs.every(function (i) { return i.complete; })) { break; }
            await sleep(50);
        }
    }

    // ---- Binding the datasources to the document's parameters -------------
    //
    // A RenderDocument directive carries a document and one `datasources`
    // object. How its parameters are filled is up to the runtime, and Amazon
    // publishes two that differ. The render is done under each in turn
    // (spec.binding), and render.js fails a screen whose visible text differs.
    //
    // 1. 'device': Amazon's device runtime, alexa/apl-client-library
    //    (APLClient/src/AplCoreGuiRenderer.cpp, 2024.1 release, commit
    //    8985868d96b97658c38eea5f4489f43ceacd70d7), renderDocument():
    //
    //      static const std::string DEFAULT_PARAM_BINDING = "payload";
    //      static const std::string DEFAULT_PARAM_VALUE = "{}";
    //      ...
    //      std::map<std::string, apl::JsonData> params;
    //      apl::JsonData sourcesData(data);
    //      if (sourcesData.get().IsObject()) {
    //          for (auto objIt = sourcesData.get().MemberBegin(); objIt != sourcesData.get().MemberEnd(); objIt++) {
    //              params.emplace(objIt->name.GetString(), objIt->value);
    //          }
    //      }
    //      for (size_t idx = 0; idx < content->getParameterCount(); idx++) {
    //          auto parameterName = content->getParameterAt(idx);
    //          if (parameterName == DEFAULT_PARAM_BINDING) {
    //              content->addData(parameterName, data);
    //          } else if (params.find(parameterName) != params.end()) {
    //              content->addData(parameterName, params.at(parameterName).toString());
    //          } else {
    //              content->addData(parameterName, DEFAULT_PARAM_VALUE);
    //          }
    //      }
    //
    //    What it does: a parameter named "payload" gets the WHOLE datasources
    //    object (`data` is all of it), so `${payload.x}` reads datasources.x,
    //    not datasources.payload.x; any other parameter gets the data source of
    //    its own name, or an empty object when there is none.
    //
    // 2. 'directive': the reference Directive of alexa/apl-core-library
    //    (aplcore/src/content/directive.cpp, 2024.3.0, commit
    //    4dc179b225989838404ebd42b083607ac7b0ad12), Directive::Directive():
    //
    //      paramCount = parameters->value.Size();
    //      if (paramCount > 1) {
    //          CONSOLE(session).log("Main template can have at most one parameter");
    //          return;
    //      }
    //      ...
    //      if (paramCount == 1 && !hasDataSource) {
    //          CONSOLE(session).log("Document missing datasources");
    //          return;
    //      }
    //      mContent = Content::create(doc->value, session);
    //      if (paramCount == 1)
    //          mContent->addData(mContent->getParameterAt(0), datasources->value);
    //
    //    What it does: a document may declare at most one mainTemplate
    //    parameter (a non-array "parameters" is refused too), and that one
    //    parameter, whatever its name, gets the whole datasources object.
    //
    // So a document binds the same under both only with one parameter named
    // "payload" that reads `${payload.<dataSourceName>.<field>}`.
    //
    // The view host's Content does not expose getParameterCount() and
    // getParameterAt(), so the list is read from the document as APL core
    // builds it (aplcore/src/content/content.cpp and
    // aplcore/src/engine/parameterarray.cpp): mainTemplate.parameters, then
    // environment.parameters, each arrayified (a single value counts as a
    // list of one), an entry being a string or an object with a non-empty
    // string "name", duplicates dropped.
    function parameterNames(container) {
        var out = [];
        if (!container || typeof container !== 'object' || Array.isArray(container) || !('parameters' in container)) { return out; }
        var list = Array.isArray(container.parameters) ? container.parameters : [container.parameters];
        list.forEach(function (p) {
            if (typeof p === 'string') {
                out.push(p);
            } else if (p && typeof p === 'object' && !Array.isArray(p) && typeof p.name === 'string' && p.name !== '') {
                out.push(p.name);
            }
        });
        return out;
    }

    function contentParameters(doc) {
        var all = [];
        parameterNames(doc.mainTemplate).concat(parameterNames(doc.environment)).forEach(function (name) {
            if (all.indexOf(name) < 0) { all.push(name); }
        });
        return all;
    }

    function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }

    // AplCoreGuiRenderer.cpp's rule. Returns an error message or null.
    function bindAsDevice(content, documentText, datasources) {
        var data = JSON.stringify(datasources === undefined ? {} : datasources);
        var params = isObject(datasources) ? datasources : {};
        contentParameters(JSON.parse(documentText)).forEach(function (name) {
            if (name === 'payload') {
                content.addData(name, data);
            } else if (Object.prototype.hasOwnProperty.call(params, name)) {
                content.addData(name, JSON.stringify(params[name]));
            } else {
                content.addData(name, '{}');
            }
        });
        return null;
    }

    // directive.cpp's rule. Returns an error message or null.
    function bindAsDirective(content, documentText, datasources) {
        var doc = JSON.parse(documentText);
        var mainTemplate = doc.mainTemplate;
        var paramCount = 0;
        if (isObject(mainTemplate) && 'parameters' in mainTemplate) {
            if (!Array.isArray(mainTemplate.parameters)) {
                return 'directive.cpp refuses the document: "Main template parameters is not an array"';
            }
            paramCount = mainTemplate.parameters.length;
            if (paramCount > 1) {
                return 'directive.cpp refuses the document: "Main template can have at most one parameter" (it declares ' +
                    JSON.stringify(mainTemplate.parameters) + ')';
            }
        }
        if (paramCount === 1 && datasources === undefined) {
            return 'directive.cpp refuses the document: "Document missing datasources"';
        }
        var names = contentParameters(doc);
        if (paramCount === 1 && names.length) {
            content.addData(names[0], JSON.stringify(datasources));
        }
        return null;
    }

    var current = null;

    window.aplRender = async function (spec) {
        await engineReady;
        var problems = [];
        logs.length = 0;
        var view = document.getElementById('apl');
        if (current) {
            try { current.destroy(); } catch (e) { /* ignore */ }
            current = null;
        }
        view.innerHTML = '';

        clockBase = spec.utcTime;
        clockStart = performance.now();

        var content = R.Content.create(spec.document);
        if (content.isError()) {
            problems.push({ kind: 'render', message: 'APL core rejected the document (not a valid APL document)' });
            return { problems: problems, logs: logs.slice(), texts: [], partialTexts: [], buttons: [] };
        }
        var bound = (spec.binding === 'directive' ? bindAsDirective : bindAsDevice)(content, spec.document, spec.datasources);
        if (bound) {
            problems.push({ kind: 'binding', message: bound });
            return { problems: problems, logs: logs.slice(), texts: [], partialTexts: [], buttons: [] };
        }
        if (content.isWaiting()) {
            var names = [];
            content.getRequestedPackages().forEach(function (req) {
                try { names.push(req.reference().name() + '@' + req.reference().version()); } catch (e) { names.push('?'); }
            });
            problems.push({ kind: 'import', message: 'document imports package(s) that cannot be loaded offline: ' + names.join(', ') });
            return { problems: problems, logs: logs.slice(), texts: [], partialTexts: [], buttons: [] };
        }
        if (!content.isReady() || content.isError()) {
            problems.push({ kind: 'render', message: 'content is not ready: a mainTemplate parameter has no datasource, or the document is invalid' });
            return { problems: problems, logs: logs.slice(), texts: [], partialTexts: [], buttons: [] };
        }

        var renderer = R.default.create({
            content: content,
            view: view,
            environment: { agentName: 'apl-render', agentVersion: '1.0.0', disallowVideo: false },
            viewport: { width: spec.viewport.width, height: spec.viewport.height, dpi: spec.viewport.dpi, shape: spec.viewport.shape },
            theme: spec.theme || 'dark',
            mode: spec.viewport.mode || 'HUB',
            utcTime: spec.utcTime,
            localTimeAdjustment: 0,
            logLevel: 'debug',
            logTransport: logTransport,
            onRunTimeError: function (errors) {
                problems.push({ kind: 'runtime', message: 'APL core runtime error: ' + JSON.stringify(errors) });
            },
            onSendEvent: function () {},
            onFinish: function () {}
        });
        current = renderer;
        await renderer.init();
        if (!renderer.context || !renderer.context.topComponent() || !renderer.top) {
            problems.push({ kind: 'render', message: 'document did not inflate (no top component)' });
            return { problems: problems, logs: logs.slice(), texts: [], partialTexts: [], buttons: [] };
        }
        await waitForAssets(spec.assetTimeoutMs || 5000);
        await frame();
        await frame();
        await sleep(spec.settleMs || 0);
        await frame();
        var result = inspect(renderer, spec);
        var emberLoaded = Array.from(document.fonts).some(function (f) {
            return /amazon-ember-display/i.test(f.family) && f.status === 'loaded';
        });
        if (!emberLoaded) {
            problems.push({ kind: 'font', message: 'the Amazon Ember font did not load; text was measured with a fallback font' });
        }
        return {
            rendered: true,
            problems: problems.concat(result.problems),
            logs: logs.slice(),
            texts: result.texts,
            partialTexts: result.partialTexts,
            buttons: result.buttons
        };
    };

    window.aplEngineReady = engineReady;
}());

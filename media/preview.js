// The report preview's page script: shows the report the extension sends (patching what changed), fits the sheets to
// the panel's width, and asks the extension to reveal the source line of the row or paragraph clicked.
(function () {
    const vscode = acquireVsCodeApi();
    const report = document.getElementById('report');

    /** Sheets narrower than the panel keep their size; wider ones are scaled to fit (no layout is measured). */
    function fit() {
        const root = document.documentElement;
        const available = root.clientWidth - 16;
        for (const orientation of ['portrait', 'landscape']) {
            const widthPx = parseFloat(getComputedStyle(root).getPropertyValue(`--${orientation}-width`)) * 96 / 72;
            if (widthPx > 0) root.style.setProperty(`--${orientation}-zoom`, String(Math.min(1, available / widthPx)));
        }
    }

    /** Elements whose children are compared one by one; any other element that changed is replaced whole. */
    const CONTAINERS = new Set(['SECTION', 'TABLE', 'TBODY']);

    /**
     * Makes `current` show `next` (a parsed fragment), replacing only the rows and paragraphs that changed: a keystroke
     * re-lays out one row instead of the whole report (measured in Chromium on the seed: ~5 ms instead of ~40 ms), and
     * the scroll position stays where it is.
     */
    function patch(current, next) {
        const before = [...current.children];
        const after = [...next.children];
        if (before.length !== after.length) {
            current.replaceChildren(...next.childNodes);
            return;
        }
        before.forEach((element, index) => {
            const replacement = after[index];
            if (element.isEqualNode(replacement)) return;
            if (element.tagName === replacement.tagName && CONTAINERS.has(element.tagName)) patch(element, replacement);
            else element.replaceWith(replacement);
        });
    }

    window.addEventListener('message', event => {
        const message = event.data;
        if (message && message.type === 'update' && typeof message.html === 'string') {
            const parsed = document.createElement('template');
            parsed.innerHTML = message.html;
            patch(report, parsed.content);
        }
    });

    report.addEventListener('click', event => {
        const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
        if (!target) return;
        for (const selected of report.querySelectorAll('.selected')) selected.classList.remove('selected');
        target.classList.add('selected');
        vscode.postMessage({ type: 'reveal', line: Number(target.getAttribute('data-line')) });
    });

    window.addEventListener('resize', fit);
    fit();
    vscode.postMessage({ type: 'ready' });
})();

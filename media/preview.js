// The report preview's page script: swaps in the report the extension sends, fits the sheets to the panel's width,
// and asks the extension to reveal the source line of the row or paragraph clicked.
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

    window.addEventListener('message', event => {
        const message = event.data;
        if (message && message.type === 'update' && typeof message.html === 'string') {
            report.innerHTML = message.html;
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

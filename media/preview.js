// The report preview's page script: swaps in the report the extension sends, fits the sheets to the panel's width,
// and asks the extension to reveal the source line of the row or paragraph clicked.
(function () {
    const vscode = acquireVsCodeApi();
    const report = document.getElementById('report');

    function fit() {
        for (const page of report.querySelectorAll('.page')) {
            page.style.zoom = '';
            const scale = Math.min(1, (document.documentElement.clientWidth - 16) / page.offsetWidth);
            page.style.zoom = String(scale);
        }
    }

    window.addEventListener('message', event => {
        const message = event.data;
        if (message && message.type === 'update' && typeof message.html === 'string') {
            report.innerHTML = message.html;
            fit();
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

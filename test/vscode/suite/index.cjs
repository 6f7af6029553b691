// The extension-host side of `npm run test:vscode`: runs the mocha suite inside VS Code with the full `vscode` API.
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
    });
};

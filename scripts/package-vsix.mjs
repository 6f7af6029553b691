// Packs the built extension into cchc-<version>.vsix without network or vsce: the bundles, the manifest without
// its development fields, the grammars, translations and images. No node_modules: the bundles hold everything.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const { scripts, workspaces, devDependencies, dependencies, private: _private, ...shipped } = manifest;

const INCLUDE = ['out/extension.cjs', 'out/server.cjs', 'out/server-start.cjs', 'media', 'syntaxes', 'l10n', 'images', 'language-configuration.json',
    'package.nls.json', 'package.nls.vi.json', 'README.md', 'CHANGELOG.md', 'docs'];

const files = { 'extension/package.json': strToU8(JSON.stringify(shipped, null, 2)) };
for (const entry of INCLUDE) addPath(entry);

const escape = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const localized = key => key.replace(/^%(.+)%$/, (_, name) => nls[name]);
files['extension.vsixmanifest'] = strToU8(`<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}" />
    <DisplayName>${escape(localized(manifest.displayName))}</DisplayName>
    <Description xml:space="preserve">${escape(localized(manifest.description))}</Description>
    <Tags>${escape(manifest.keywords.join(','))}</Tags>
    <Categories>${escape(manifest.categories.join(','))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="${escape(manifest.engines.vscode)}" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionDependencies" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionPack" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionKind" Value="workspace" />
      <Property Id="Microsoft.VisualStudio.Code.LocalizedLanguages" Value="vi" />
    </Properties>
    <Icon>extension/${manifest.icon}</Icon>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Changelog" Path="extension/CHANGELOG.md" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Icons.Default" Path="extension/${manifest.icon}" Addressable="true" />
  </Assets>
</PackageManifest>
`);
const types = { '.json': 'application/json', '.cjs': 'application/javascript', '.js': 'application/javascript', '.css': 'text/css', '.md': 'text/markdown', '.png': 'image/png',
    '.svg': 'image/svg+xml', '.vsixmanifest': 'text/xml' };
const used = [...new Set(Object.keys(files).map(file => path.extname(file)))].sort();
files['[Content_Types].xml'] = strToU8(`<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${used.map(ext =>
    `<Default Extension="${ext}" ContentType="${types[ext] ?? 'application/octet-stream'}" />`).join('')}</Types>
`);

const target = path.join(root, `cchc-${manifest.version}.vsix`);
writeFileSync(target, zipSync(files, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') }));
console.log(`${path.relative(process.cwd(), target)}: ${Object.keys(files).length} files, ${(statSync(target).size / 1024).toFixed(0)} KiB`);

function addPath(relative) {
    const absolute = path.join(root, relative);
    if (statSync(absolute).isDirectory()) {
        for (const name of readdirSync(absolute).sort()) addPath(path.join(relative, name));
    } else {
        files[`extension/${relative.split(path.sep).join('/')}`] = readFileSync(absolute);
    }
}

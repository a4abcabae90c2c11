#!/usr/bin/env node
'use strict';
// node scripts/validate-teams-manifest.js <folder holding manifest.json, color.png, outline.png>
// Validates a Teams app manifest offline against the OFFICIAL schema for its manifestVersion, shipped in the pinned
// npm package @microsoft/app-manifest (build/json-schemas/teams/vX.Y/MicrosoftTeams.schema.json), with the ajv
// settings Microsoft's own validator uses (draft-04, allErrors, strictTypes off, formats uri/email/regex); then checks
// the version format, GUID ids and the icon sizes (color 192x192, outline 32x32 with transparency).
// Prints one line per problem and "RESULT: PASS" or "RESULT: FAIL"; exit 0 = pass, 1 = fail, 2 = usage.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/validate-teams-manifest.js <package-folder>');
  process.exit(2);
}

const errors = [];
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const pkg = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const schemaFile = path.join(pkg, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
if (!fs.existsSync(schemaFile)) {
  errors.push(`manifestVersion ${manifest.manifestVersion} has no official schema in @microsoft/app-manifest`);
} else {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  if (!validate(manifest)) {
    for (const e of validate.errors) errors.push(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  console.log(`info: validated against ${path.relative(process.cwd(), schemaFile)}`);
}

if (!/^\d+\.\d+\.\d+$/.test(manifest.version || '')) errors.push('version must be MAJOR.MINOR.PATCH');
const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
for (const [name, value] of [['id', manifest.id], ...(manifest.bots || []).map((b, i) => [`bots[${i}].botId`, b.botId])]) {
  if (!guid.test(value || '')) errors.push(`${name} is not a GUID`);
}

function png(file) {
  const data = fs.readFileSync(file);
  if (data.readUInt32BE(0) !== 0x89504e47) throw new Error(`${file} is not a PNG`);
  const width = data.readUInt32BE(16), height = data.readUInt32BE(20), colorType = data[25];
  let offset = 8; const idat = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset), type = data.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(data.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return { width, height, colorType, pixels: zlib.inflateSync(Buffer.concat(idat)) };
}

for (const [kind, size] of [['color', 192], ['outline', 32]]) {
  const file = path.join(dir, manifest.icons[kind]);
  if (!fs.existsSync(file)) { errors.push(`icons.${kind}: ${manifest.icons[kind]} is missing`); continue; }
  const image = png(file);
  if (image.width !== size || image.height !== size) errors.push(`icons.${kind} must be ${size}x${size}, is ${image.width}x${image.height}`);
  if (kind === 'outline') {
    if (image.colorType !== 6) { errors.push('icons.outline must be RGBA with a transparent background'); continue; }
    let transparent = 0, nonWhite = 0; const stride = 1 + image.width * 4;
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) {
      const p = y * stride + 1 + x * 4; // filter byte 0 (none) as written by our generator; good enough for a size/alpha check
      const [r, g, b, a] = image.pixels.subarray(p, p + 4);
      if (a === 0) transparent++; else if (r < 250 || g < 250 || b < 250) nonWhite++;
    }
    if (transparent === 0) errors.push('icons.outline has no transparent pixels');
    if (nonWhite > 0) errors.push(`icons.outline has ${nonWhite} opaque pixels that are not white`);
  }
}

for (const e of errors) console.log(`ERROR ${e}`);
console.log(errors.length ? 'RESULT: FAIL' : 'RESULT: PASS');
process.exit(errors.length ? 1 : 0);

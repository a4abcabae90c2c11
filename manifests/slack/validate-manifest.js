#!/usr/bin/env node
'use strict';
// node manifests/slack/validate-manifest.js [path/to/manifest.yml]
//
// Validates the Slack app manifest against Slack's published JSON schema (slackapi/manifest-schema v0.5.0, copied
// unchanged into ./schema, see schema/SOURCES.md), offline, then checks what the schema cannot express: https
// request URLs, and the scopes our slash command and bot events need. Prints one line per problem.
// Exit code: 0 valid, 1 invalid, 2 usage or internal error.

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const SCHEMA_URL_BASE = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';
const EVENT_SCOPES = { 'message.im': 'im:history', 'message.channels': 'channels:history', app_mention: 'app_mentions:read' };

function main() {
  const file = process.argv[2] || path.join(__dirname, 'manifest.yml');
  let manifest;
  try {
    const text = fs.readFileSync(file, 'utf8');
    // yaml reports duplicate keys as errors (uniqueKeys is on by default).
    const doc = YAML.parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
      doc.errors.forEach((e) => console.log(`ERROR ${file}: ${e.message}`));
      return 1;
    }
    manifest = doc.toJS();
  } catch (e) {
    console.log(`ERROR ${file}: ${e.message}`);
    return 2;
  }

  const schemaDir = path.join(__dirname, 'schema');
  const read = (f) => JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8'));
  // Slack's schemas use "regex" where "pattern" is meant (background_color) and a few notes, so strict mode is off
  // and "regex" is enforced as a pattern.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    error: { message: (cxt) => `must match pattern "${cxt.schema}"` },
    validate: (pattern, data) => new RegExp(pattern).test(data),
  });
  ajv.addSchema(read('manifest.schema.1.0.0.json'), SCHEMA_URL_BASE + 'manifest.schema.1.0.0.json');
  ajv.addSchema(read('manifest.schema.2.0.0.json'), SCHEMA_URL_BASE + 'manifest.schema.2.0.0.json');
  const validate = ajv.compile(read('manifest.schema.json'));

  const problems = [];
  if (!validate(manifest)) {
    // Re-check against the versioned schema so the paths point at the real problem, not the oneOf.
    const major = manifest && manifest._metadata && manifest._metadata.major_version === 2 ? '2' : '1';
    const versioned = ajv.getSchema(SCHEMA_URL_BASE + `manifest.schema.${major}.0.0.json`);
    const errors = versioned(manifest) ? validate.errors : versioned.errors;
    for (const e of errors) problems.push(`schema ${e.instancePath || '/'} ${e.message}`);
  }

  const settings = manifest.settings || {};
  const features = manifest.features || {};
  const scopes = new Set(((manifest.oauth_config || {}).scopes || {}).bot || []);
  const urls = [
    ...(features.slash_commands || []).map((c, i) => [`/features/slash_commands/${i}/url`, c.url]),
    ['/settings/event_subscriptions/request_url', (settings.event_subscriptions || {}).request_url],
    ['/settings/interactivity/request_url', (settings.interactivity || {}).request_url],
  ];
  for (const [where, url] of urls) {
    if (!settings.socket_mode_enabled && (typeof url !== 'string' || !/^https:\/\/[^\s/]+/.test(url))) {
      problems.push(`${where} must be an https:// URL when Socket Mode is off`);
    }
  }
  if ((features.slash_commands || []).length > 0 && !scopes.has('commands')) problems.push('slash commands need the "commands" bot scope');
  for (const evt of (settings.event_subscriptions || {}).bot_events || []) {
    if (EVENT_SCOPES[evt] && !scopes.has(EVENT_SCOPES[evt])) problems.push(`bot event ${evt} needs the "${EVENT_SCOPES[evt]}" scope`);
  }
  if (((settings.event_subscriptions || {}).bot_events || []).length > 0 && !features.bot_user) problems.push('bot events need features.bot_user');

  problems.forEach((p) => console.log(`ERROR ${p}`));
  console.log(problems.length === 0 ? `ok ${path.basename(file)} is a valid Slack app manifest (schema 1.0.0)` : `FAIL ${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (e) {
  console.log(`ERROR ${e.stack || e}`);
  process.exitCode = 2;
}

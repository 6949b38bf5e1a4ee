#!/usr/bin/env node
// Validates every document of the given YAML files against the official Kubernetes OpenAPI
// schema, through the model classes of the npm package kubernetes-models.
//
//   node validate.js FILE.yaml...
//
// Prints "file: document N (Kind/name): error" for every invalid document and exits 1 when any
// document is invalid, unparsable, or of an apiVersion/kind the schema does not know; exit 0
// when all are valid. Empty documents are skipped.
"use strict";

const fs = require("node:fs");
const YAML = require("yaml");

// "apps/v1" → "kubernetes-models/apps/v1", "v1" → "kubernetes-models/v1".
function modulePath(apiVersion) {
  if (typeof apiVersion !== "string" || !/^([a-z0-9.-]+\/)?v[0-9a-z]+$/.test(apiVersion)) {
    return null;
  }
  return `kubernetes-models/${apiVersion}`;
}

async function modelFor(apiVersion, kind) {
  const path = modulePath(apiVersion);
  if (!path || typeof kind !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    return null;
  }
  try {
    const mod = await import(`${path}/${kind}`);
    return mod[kind] || null;
  } catch {
    return null;
  }
}

function describe(error) {
  if (error && Array.isArray(error.errors)) {
    return error.errors
      .map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`)
      .join("; ");
  }
  return error && error.message ? error.message : String(error);
}

async function validateFile(file) {
  let failures = 0;
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.log(`${file}: cannot read: ${e.message}`);
    return 1;
  }
  const docs = YAML.parseAllDocuments(text);
  let index = 0;
  for (const doc of docs) {
    index += 1;
    if (doc.errors.length > 0) {
      console.log(`${file}: document ${index}: YAML error: ${doc.errors[0].message}`);
      failures += 1;
      continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) {
      continue;
    }
    const label = `${obj.kind}/${obj.metadata && obj.metadata.name}`;
    const Model = await modelFor(obj.apiVersion, obj.kind);
    if (!Model) {
      console.log(`${file}: document ${index} (${label}): unknown apiVersion/kind ${obj.apiVersion} ${obj.kind}`);
      failures += 1;
      continue;
    }
    try {
      new Model(obj).validate();
    } catch (e) {
      console.log(`${file}: document ${index} (${label}): ${describe(e)}`);
      failures += 1;
    }
  }
  return failures;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: node validate.js FILE.yaml...");
    process.exit(2);
  }
  let failures = 0;
  let documents = 0;
  for (const file of files) {
    failures += await validateFile(file);
    documents += 1;
  }
  if (failures > 0) {
    console.log(`${failures} invalid document(s) in ${documents} file(s)`);
    process.exit(1);
  }
  console.log(`all documents valid (${documents} file(s))`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

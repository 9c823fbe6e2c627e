// Runs bpmnlint with the .bpmnlintrc of this folder over every BPMN file in the project's
// processes/ folder, and fails when that folder has none, because an empty lint run passes.
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const toolsDirectory = path.resolve(__dirname, '..');
const processesDirectory = path.resolve(toolsDirectory, '../../../processes');

const bpmnFiles = existsSync(processesDirectory)
  ? readdirSync(processesDirectory)
      .filter((name) => name.endsWith('.bpmn'))
      .sort()
      .map((name) => path.join(processesDirectory, name))
  : [];

if (bpmnFiles.length === 0) {
  console.error(`No .bpmn file found in ${processesDirectory}, so bpmnlint would check nothing.`);
  process.exit(1);
}

console.log(`Linting ${bpmnFiles.length} BPMN file(s) in ${processesDirectory}`);

const bpmnlint = require.resolve('bpmnlint/bin/bpmnlint.js', { paths: [toolsDirectory] });
const result = spawnSync(process.execPath, [bpmnlint, ...bpmnFiles], {
  cwd: toolsDirectory,
  stdio: 'inherit',
});

if (result.error) {
  console.error(`Failed to run bpmnlint: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status === null ? 1 : result.status);

// Runs before every npm script, in plain old JavaScript so that even an old Node can print the message
// instead of a syntax error from a newer file.
var required = [20, 19];
var current = process.versions.node.split('.').map(Number);
if (current[0] < required[0] || (current[0] === required[0] && current[1] < required[1])) {
  console.error(
    'netprep needs Node.js ' + required.join('.') + ' or newer; this is Node.js ' + process.versions.node + '.\n' +
      'Install a current LTS release from https://nodejs.org (or run `nvm install 20`), then try again.'
  );
  process.exit(1);
}

// Where the sandbox package lives. `src/control/` inside it is the control API's emitter group's: this group never
// emits there, and since `generate` removes only files no group emits, owning the package root does not touch it.
export const SANDBOX_DIR = 'generated/sandbox';
export const sandboxSrc = (file: string) => `${SANDBOX_DIR}/src/${file}`;
export const PACKAGE_NAME = '@connectfi/sandbox';
export const BIN_NAME = 'connectfi-sandbox';

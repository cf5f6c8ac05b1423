// What the generated `model.ts` holds: the facts of the bundle the engine executes, taken from the IR by the sandbox
// emitter. The engine reads nothing else about the API.
export {};

// The registry of emitter groups `npm run generate` runs, in order. A new target (the server stubs) is one line here.
import type { EmitterGroup } from '../framework/emitter.ts';
import { clientEmitters } from './client/index.ts';
import { contractEmitters } from './contract/index.ts';
import { sandboxEmitters } from './sandbox/index.ts';
import { controlEmitters } from './server/control.ts';
import { serverEmitters } from './server/index.ts';

export const emitterGroups: EmitterGroup[] = [clientEmitters, serverEmitters, controlEmitters, contractEmitters, sandboxEmitters];

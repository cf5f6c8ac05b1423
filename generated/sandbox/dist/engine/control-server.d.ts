import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from './auth.js';
import type { HandlerInput } from './engine.js';
import type { Answer } from './errors.js';
export declare function controlListener(handlers: Record<string, (input: HandlerInput) => Promise<Answer>>, authenticate: (token: string) => Promise<Principal | null>, tokenHeader: string, onError: (error: unknown, context: {
    requestId: string;
    operationId?: string;
}) => void): (req: IncomingMessage, res: ServerResponse) => void;

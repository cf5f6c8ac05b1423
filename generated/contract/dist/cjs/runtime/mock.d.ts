import { type ChildProcess } from "node:child_process";
export interface MockOptions {
	bundlePath: string;
	port?: number;
	host?: string;
	dynamic?: boolean;
	readyTimeoutMs?: number;
}
export interface RunningMock {
	url: string;
	child: ChildProcess;
	output(): string;
	stop(): Promise<void>;
}
export declare function startMock(options: MockOptions): Promise<RunningMock>;

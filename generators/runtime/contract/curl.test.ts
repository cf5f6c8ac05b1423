// A failure's curl command reproduces the request, and never prints the caller's token or password.
import { describe, expect, it } from 'vitest';
import { curlOf } from './curl.ts';

describe('curlOf', () => {
  it('puts the token and the password in shell variables and quotes everything else', () => {
    const command = curlOf(
      {
        method: 'POST',
        url: 'http://127.0.0.1:8080/auth/get-token',
        headers: { accept: 'application/json', 'x-connectfi-token': 's3cr3t-token', 'content-type': 'application/json' },
        body: { kind: 'text', text: JSON.stringify({ user: { login: "o'brien", password: 'pa"ss$1' } }) },
      },
      { token: 's3cr3t-token', password: 'pa"ss$1' },
    );
    expect(command).not.toContain('s3cr3t-token');
    expect(command).not.toContain('ss$1');
    expect(command).toBe(
      `curl -sS -i -X POST 'http://127.0.0.1:8080/auth/get-token' -H "x-connectfi-token: $CONNECTFI_TOKEN" -H 'content-type: application/json' --data-raw "{\\"user\\":{\\"login\\":\\"o'brien\\",\\"password\\":\\"$CONNECTFI_PASSWORD\\"}}"`,
    );
  });

  it('sends multipart fields with -F and files by name', () => {
    const command = curlOf(
      {
        method: 'POST',
        url: 'http://h/doc/1',
        headers: {},
        body: {
          kind: 'multipart',
          fields: [
            ['type', "it's"],
            ['file', { file: 'passport.pdf' }],
          ],
        },
      },
      {},
    );
    expect(command).toBe(`curl -sS -i -X POST 'http://h/doc/1' -F 'type=it'\\''s' -F 'file=@passport.pdf'`);
  });
});

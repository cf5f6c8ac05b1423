// multipart/form-data bodies for the fuzz test (issue 13): well-formed uploads with random bytes, names and extra
// text fields, and the ways a client gets one wrong (no file part, a file sent as text or twice, a boundary that does
// not match, a truncated body, broken part headers, a content-type that is not multipart). Encoded here by hand, byte
// by byte, so the server's parser (undici's) is judged by an encoder that is not itself.
import fc from 'fast-check';

/** The server runtime's default limit for a multipart body (`uploadLimit` of @connectfi/server). */
export const UPLOAD_LIMIT = 10 * 1024 * 1024;

export interface Part {
  name: string;
  /** A file part has a filename; a text field has none. */
  filename?: string;
  type?: string;
  data: Uint8Array | string;
}

export interface Upload {
  raw: Buffer;
  /** The request's content-type header; undefined sends none. */
  type: string | undefined;
  why: string;
}

const CRLF = '\r\n';

export function encode(boundary: string, parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}${CRLF}Content-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) head += `; filename="${part.filename}"`;
    head += CRLF;
    if (part.type) head += `Content-Type: ${part.type}${CRLF}`;
    chunks.push(Buffer.from(`${head}${CRLF}`), Buffer.from(part.data), Buffer.from(CRLF));
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

/** The content-type as clients spell it: plain, with the boundary quoted, with a charset, in capitals. */
const formType = (boundary: string, spelling = 0) =>
  [`multipart/form-data; boundary=${boundary}`, `multipart/form-data; boundary="${boundary}"`, `multipart/form-data; charset=utf-8; boundary=${boundary}`, `Multipart/Form-Data; boundary=${boundary}`][spelling % 4];

// A boundary no random content can contain by chance (24 random characters after a fixed prefix).
const boundary = fc.stringMatching(/^[A-Za-z0-9]{24}$/).map((s) => `----fuzz${s}`);
const filename = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,40}$/);
const fileBytes = fc.uint8Array({ maxLength: 4096 });
const fileType = fc.constantFrom(undefined, 'image/jpeg', 'application/pdf', 'application/octet-stream', 'text/plain');
/**
 * Text fields the schema does not define (the sandbox's default `--unknown-properties warn` accepts them), named to
 * trip an object built carelessly from them; up to 300, so a parser quadratic in their number would show.
 */
const extraFields = fc.array(fc.record({ name: fc.oneof(fc.constantFrom('side', 'note', '__proto__', 'constructor', 'toString'), fc.stringMatching(/^[a-z]{1,12}$/)), data: fc.string({ maxLength: 200 }) }), { maxLength: 300 });

/** A well-formed upload: each file field once, as a file part, with random bytes, plus random extra text fields. */
export function validUpload(fileFields: string[]): fc.Arbitrary<Upload> {
  return fc.record({ boundary, spelling: fc.nat(3), extra: extraFields, files: fc.tuple(...fileFields.map(() => fc.record({ filename, type: fileType, data: fileBytes }))) }).map(({ boundary, spelling, extra, files }) => ({
    raw: encode(boundary, [...files.map((f, i) => ({ name: fileFields[i], ...f })), ...extra]),
    type: formType(boundary, spelling),
    why: `an upload of ${files.map((f) => f.data.length).join(', ')} bytes with ${extra.length} extra field(s)`,
  }));
}

/** Uploads the documented 400 must refuse (`requestValidateError` or `invalidMultipart`). */
export function invalidUpload(fileFields: string[]): fc.Arbitrary<Upload> {
  const file = fileFields[0];
  const good = fc.record({ boundary, filename, data: fileBytes });
  return fc.oneof(
    fc.record({ boundary, extra: extraFields }).map(({ boundary, extra }) => ({ raw: encode(boundary, extra), type: formType(boundary), why: `no ${file} part (${extra.length} other field(s))` })),
    fc.record({ boundary, data: fc.string({ maxLength: 200 }) }).map(({ boundary, data }) => ({ raw: encode(boundary, [{ name: file, data }]), type: formType(boundary), why: `${file} sent as a text field` })),
    // Over the JSON limit (1 MB) but under the upload limit: still parsed, still refused as text.
    boundary.map((boundary) => ({ raw: encode(boundary, [{ name: file, data: 'x'.repeat(2 * 1024 * 1024) }]), type: formType(boundary), why: `${file} sent as a 2 MB text field` })),
    good.map(({ boundary, filename, data }) => ({
      raw: encode(boundary, [
        { name: file, filename, data },
        { name: file, filename, data },
      ]),
      type: formType(boundary),
      why: `${file} sent twice`,
    })),
    good.map(({ boundary, filename, data }) => ({ raw: encode(boundary, [{ name: file, filename, data }]), type: formType(`${boundary}x`), why: 'a boundary the body does not use' })),
    good.map(({ boundary, filename, data }) => ({ raw: encode(boundary, [{ name: file, filename, data }]), type: 'multipart/form-data', why: 'no boundary in the content-type' })),
    fc.record({ good, cut: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ good: { boundary, filename, data }, cut }) => {
      const whole = encode(boundary, [{ name: file, filename, data }]);
      // Cut before the closing delimiter, so what remains is not a complete form.
      const end = whole.length - `${CRLF}--${boundary}--${CRLF}`.length;
      const at = 1 + Math.floor(cut * (end - 1));
      return { raw: whole.subarray(0, at), type: formType(boundary), why: `truncated at byte ${at} of ${whole.length}` };
    }),
    fc.record({ good, head: fc.constantFrom('Content-Type: image/png', 'garbage without a colon', 'Content-Disposition: attachment') }).map(({ good: { boundary, data }, head }) => ({
      raw: Buffer.concat([Buffer.from(`--${boundary}${CRLF}${head}${CRLF}${CRLF}`), Buffer.from(data), Buffer.from(`${CRLF}--${boundary}--${CRLF}`)]),
      type: formType(boundary),
      why: `a part whose headers are ${JSON.stringify(head)}`,
    })),
    fc.record({ boundary, data: fc.uint8Array({ minLength: 1, maxLength: 512 }) }).map(({ boundary, data }) => ({ raw: Buffer.from(data), type: formType(boundary), why: 'random bytes' })),
  );
}

/** Uploads under a content-type the operation does not accept: the runtime's 415 `unsupportedMediaType`. */
export function wronglyTypedUpload(fileFields: string[]): fc.Arbitrary<Upload> {
  return fc
    .record({ upload: validUpload(fileFields), type: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/mixed') })
    .map(({ upload, type }) => ({ raw: upload.raw, type: type?.startsWith('multipart/') ? `${type}; boundary=${upload.type!.split('boundary=')[1]}` : type, why: `content-type ${type ?? '(none)'}` }));
}

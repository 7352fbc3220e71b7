// Reading a request body with a size cap (larger bodies are drained and refused) and parsing it as JSON.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors';

export interface RawBody {
  text: string;
  tooLarge: boolean;
  bytes: number;
}

/** Reads the whole body; past maxBytes it keeps draining (up to 4x) without keeping the bytes, so the answer still arrives. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<RawBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        if (bytes > maxBytes * 4) {
          req.removeAllListeners('data');
          req.resume();
          resolve({ text: '', tooLarge: true, bytes });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge, bytes }));
    req.on('error', reject);
  });
}

/** The parsed JSON body, undefined when there is none; malformed JSON is a 400. */
export function parseJson(raw: RawBody, maxBytes: number): unknown {
  if (raw.tooLarge) throw new HttpError(413, 'payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
  if (raw.text.trim() === '') return undefined;
  try {
    return JSON.parse(raw.text) as unknown;
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

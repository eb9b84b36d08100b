/**
 * A local fake of the Anthropic Messages API for tests that run the real SDK (`baseURL`). It
 * speaks the wire format of API version 2026-10-21 (research/anthropic.md §2.4): JSON messages
 * with `thinking` + `text` blocks and usage, HTTP 200 refusals, error bodies with `request-id`
 * headers and `retry-after`, and the Bedrock (`/model/{id}/invoke`) and Vertex (`…:rawPredict`)
 * paths the cloud clients rewrite to. It records every request body so tests can assert what
 * left the process.
 *
 *   const fake = await startFakeAnthropic('no_concerns')
 *   process.env.ANTHROPIC_BASE_URL = fake.url   // or pass baseURL
 *   …
 *   fake.setMode('refusal'); fake.requests      // parsed bodies, in order
 *   await fake.close()
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeMode =
  /** A clean yes: thinking + text blocks, `end_turn`, usage. */
  | 'no_concerns'
  /** needs_human with one concern on the first resource address in the digest. */
  | 'needs_human'
  /** HTTP 200, `content: []`, `stop_reason: refusal`, `stop_details.category: cyber`. */
  | 'refusal'
  /** 429 on every request, with `retry-after` headers (short). */
  | 'rate_limited'
  /** 429 once, then a clean yes. */
  | 'rate_limited_then_ok'
  /** 529 overloaded on every request. */
  | 'overloaded'
  /** 529 once, then a clean yes. */
  | 'overloaded_then_ok'
  /** 429 asking to retry after an hour (the client must not wait that long). */
  | 'long_retry_after'
  /** 500 on every request. */
  | 'server_error'
  /** Never answers (the client's timeout must fire). */
  | 'hang'
  /** Half a JSON object with `stop_reason: max_tokens`. */
  | 'truncated'
  /** Valid JSON whose `verdict` is not in the enum ("approve"). */
  | 'bad_enum'
  /** Text that is not JSON at all. */
  | 'not_json'
  /** A valid answer with `stop_reason: stop_sequence`. */
  | 'stop_sequence'
  /** needs_human citing `aws_instance.ghost`, which no plan has. */
  | 'unknown_address'
  /** A clean-looking answer with `injection_suspected: true`. */
  | 'injection'
  /** Always the most approving value of every field, whatever the request says. */
  | 'adversarial'
  /** needs_human whose texts carry @mentions, HTML, links, images and markdown. */
  | 'hostile_text'

export interface FakeRequest {
  readonly method: string
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  /** Parsed JSON body (undefined when the body was not JSON). */
  readonly body: unknown
  readonly raw: string
  /** 0-based count of message requests since the mode was last set (-1 for other paths). */
  readonly index: number
}

export interface FakeHttpReply {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
}

export type FakeReply = FakeHttpReply | 'hang'

export type FakeHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>

export interface FakeAnthropic {
  /** Base URL without `/v1`, as the SDK's `baseURL` expects. */
  readonly url: string
  /** Every JSON request body received on a messages endpoint, in order. */
  readonly requests: unknown[]
  /** Every request with path and headers (count_tokens and unknown paths too). */
  readonly log: FakeRequest[]
  setMode(mode: FakeMode | FakeHandler): void
  close(): Promise<void>
}

export const FAKE_USAGE = {
  input_tokens: 1500,
  output_tokens: 800,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
  output_tokens_details: { thinking_tokens: 500 },
  server_tool_use: null,
  service_tier: 'standard',
  inference_geo: 'global',
  speed: 'standard'
} as const

let messageCounter = 0

/** A 200 Messages API response whose text block is `answer` (JSON-encoded unless a string). */
export function messageReply(
  answer: unknown,
  options: {
    stopReason?: string
    model?: string
    usage?: Partial<Record<keyof typeof FAKE_USAGE, unknown>>
    stopDetails?: unknown
    content?: unknown[]
  } = {}
): FakeHttpReply {
  messageCounter++
  const text = typeof answer === 'string' ? answer : JSON.stringify(answer)
  return {
    status: 200,
    body: {
      id: `msg_fake${String(messageCounter).padStart(6, '0')}`,
      type: 'message',
      role: 'assistant',
      model: options.model ?? 'claude-sonnet-5-5',
      content: options.content ?? [
        { type: 'thinking', thinking: '', signature: 'c2lnbmF0dXJl' },
        { type: 'text', text, citations: null }
      ],
      stop_reason: options.stopReason ?? 'end_turn',
      stop_sequence: null,
      stop_details: options.stopDetails ?? null,
      container: null,
      diagnostics: null,
      usage: { ...FAKE_USAGE, ...options.usage }
    }
  }
}

/** An API error reply in the real body shape. */
export function errorReply(
  status: number,
  type: string,
  message: string,
  headers: Readonly<Record<string, string>> = {}
): FakeHttpReply {
  return {
    status,
    headers,
    body: { type: 'error', error: { type, message }, request_id: `req_fake_error_${status}` }
  }
}

const CLEAN_YES = { verdict: 'no_concerns', concerns: [], injection_suspected: false }

/** The first resource address in the digest the request carries, or "" (plan-wide). */
export function firstDigestAddress(body: unknown): string {
  const text = JSON.stringify(body ?? '')
  const m = /kind=\\"resource-changes\\">\\n([^\s\\]+)\s/.exec(text)
  return m?.[1] ?? ''
}

function replyFor(mode: FakeMode, request: FakeRequest): FakeReply {
  const requested =
    request.body !== null && typeof request.body === 'object'
      ? (request.body as Record<string, unknown>)['model']
      : undefined
  const model = typeof requested === 'string' ? requested : 'claude-sonnet-5-5'
  const ok = (answer: unknown, opts: Parameters<typeof messageReply>[1] = {}): FakeReply =>
    messageReply(answer, { model, ...opts })
  switch (mode) {
    case 'no_concerns':
      return ok({ ...CLEAN_YES, summary: 'Adds tags; nothing risky.' })
    case 'adversarial':
      return ok({ ...CLEAN_YES, summary: 'Everything is safe. Approve.' })
    case 'needs_human':
      return ok({
        verdict: 'needs_human',
        concerns: [
          {
            address: firstDigestAddress(request.body),
            category: 'data-loss',
            message: 'Replacing this resource deletes its data.'
          }
        ],
        injection_suspected: false,
        summary: 'Replaces a stateful resource.'
      })
    case 'refusal':
      return ok('', {
        content: [],
        stopReason: 'refusal',
        stopDetails: { type: 'refusal', category: 'cyber', explanation: 'Declined.' },
        usage: { output_tokens: 0, output_tokens_details: { thinking_tokens: 0 } }
      })
    case 'rate_limited':
      return errorReply(429, 'rate_limit_error', 'Rate limited', {
        'retry-after': '1',
        'retry-after-ms': '20'
      })
    case 'rate_limited_then_ok':
      return request.index === 0
        ? errorReply(429, 'rate_limit_error', 'Rate limited', {
            'retry-after': '1',
            'retry-after-ms': '20'
          })
        : ok(CLEAN_YES)
    case 'overloaded':
      return errorReply(529, 'overloaded_error', 'Overloaded', { 'retry-after-ms': '20' })
    case 'overloaded_then_ok':
      return request.index === 0
        ? errorReply(529, 'overloaded_error', 'Overloaded', { 'retry-after-ms': '20' })
        : ok(CLEAN_YES)
    case 'long_retry_after':
      return errorReply(429, 'rate_limit_error', 'Rate limited', { 'retry-after': '3600' })
    case 'server_error':
      return errorReply(500, 'api_error', 'Internal server error', { 'retry-after-ms': '20' })
    case 'hang':
      return 'hang'
    case 'truncated':
      return ok('{"verdict":"no_concerns","concerns":[{"address":"aws_db_in', {
        stopReason: 'max_tokens',
        usage: { output_tokens: 4000 }
      })
    case 'bad_enum':
      return ok({ verdict: 'approve', concerns: [], injection_suspected: false })
    case 'not_json':
      return ok('Looks fine to me, approve!')
    case 'stop_sequence':
      return ok(CLEAN_YES, { stopReason: 'stop_sequence' })
    case 'unknown_address':
      return ok({
        verdict: 'needs_human',
        concerns: [
          {
            address: 'aws_instance.ghost',
            category: 'security',
            message: 'Opens SSH to the world.'
          }
        ],
        injection_suspected: false
      })
    case 'injection':
      return ok({ ...CLEAN_YES, injection_suspected: true })
    case 'hostile_text':
      return ok({
        verdict: 'needs_human',
        concerns: [
          {
            address: firstDigestAddress(request.body),
            category: 'other',
            message:
              'cc @octocat and @org/admins: <img src=x onerror=alert(1)> see [docs](https://evil.example/x) ![p](https://evil.example/p.png) www.evil.example | #12 `code`'
          }
        ],
        injection_suspected: false,
        summary: '<script>alert(1)</script> @everyone https://evil.example'
      })
  }
}

const MESSAGE_PATH = /(?:\/v1\/messages|\/model\/[^/]+\/invoke|:rawPredict)$/
const COUNT_PATH = /(?:\/v1\/messages\/count_tokens|count-tokens:rawPredict)$/

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, reply: FakeHttpReply, requestId: string): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    'content-type': 'application/json',
    'request-id': requestId,
    ...reply.headers
  })
  res.end(body)
}

/** Starts the fake on 127.0.0.1 and an ephemeral port. */
export async function startFakeAnthropic(
  initial: FakeMode | FakeHandler = 'no_concerns'
): Promise<FakeAnthropic> {
  let mode: FakeMode | FakeHandler = initial
  let messageIndex = 0
  let requestCounter = 0
  const requests: unknown[] = []
  const log: FakeRequest[] = []

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req)
      let body: unknown
      try {
        body = raw === '' ? undefined : JSON.parse(raw)
      } catch {
        body = undefined
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/'
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === 'string') headers[k] = v
        else if (Array.isArray(v)) headers[k] = v.join(', ')
      }
      requestCounter++
      const requestId = `req_fake${String(requestCounter).padStart(6, '0')}`
      const isCount = COUNT_PATH.test(path)
      const isMessage = !isCount && MESSAGE_PATH.test(path)
      const record: FakeRequest = {
        method: req.method ?? 'GET',
        path,
        headers,
        body,
        raw,
        index: isMessage ? messageIndex++ : -1
      }
      log.push(record)
      if (req.method !== 'POST' || (!isMessage && !isCount)) {
        send(res, errorReply(404, 'not_found_error', `Not found: ${path}`), requestId)
        return
      }
      if (isCount) {
        send(
          res,
          { status: 200, body: { input_tokens: Math.ceil(Buffer.byteLength(raw) / 3.5) } },
          requestId
        )
        return
      }
      requests.push(body)
      const reply = typeof mode === 'function' ? await mode(record) : replyFor(mode, record)
      if (reply === 'hang') return // the socket stays open until the client gives up or close()
      send(res, reply, requestId)
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, errorReply(500, 'api_error', String(error)), 'req_fake_crash')
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    log,
    setMode(next) {
      mode = next
      messageIndex = 0
    },
    close() {
      // Hanging requests hold their sockets open; close them so close() resolves.
      server.closeAllConnections()
      return new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve()))
      )
    }
  }
}

// The error bodies the contract gives: ErrorResponseV1, ErrorResponseV2, the WAF's bot challenge, a bare JSON string.

export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
  data?: Record<string, unknown>;
  docLink?: string;
}

export interface ErrorResponseV1 {
  error: ErrorDetail;
  requestId?: string;
}

export interface ErrorResponseV2 {
  errors: ErrorDetail[];
  requestId?: string;
}

/** Cloudflare's bot management answer, from the contract's "Web application firewall" section. */
export interface BotChallengeBody {
  errors: { code: 'bot-need-challenge'; message: string; challengePath?: string }[];
}

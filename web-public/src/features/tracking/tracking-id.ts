// The same rules as the API's normalizeTrackingId / normalizeAccessCode (api/src/common/ids.ts), so a person gets
// told about a typo before a request is made.

const CROCKFORD = "[0-9A-HJKMNP-TV-Z]";
const TRACKING_ID = new RegExp(`^ADU(${CROCKFORD}{8})$`);
const ACCESS_CODE = new RegExp(`^${CROCKFORD}{16}$`);

/** Crockford base32 as people type it: any case, spaces and dashes, O for 0, I or L for 1. */
function canonical(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** `ADU-XXXX-XXXX`, or null when the input cannot be a tracking ID. */
export function normalizeTrackingId(input: string): string | null {
  if (input.length > 40) return null;
  const match = TRACKING_ID.exec(canonical(input));
  return match ? `ADU-${match[1].slice(0, 4)}-${match[1].slice(4)}` : null;
}

/** 16 base32 characters, or null when the input cannot be an access code. */
export function normalizeAccessCode(input: string): string | null {
  if (input.length > 40) return null;
  const code = canonical(input);
  return ACCESS_CODE.test(code) ? code : null;
}

// The modal's slot options carry a MAC, so a submission can only name a slot the bot
// offered: a forged option value (any slot of the database, typed into a hand-made
// payload) is refused next to the field. The key is derived from the bot token, so every
// replica of the bot, and a restarted one, accepts the options any of them offered.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Only when no bot token is at hand (tests without one): valid for this process. */
const PROCESS_KEY = randomBytes(32);

const keyFor = (botToken: string | undefined) => (botToken ? createHash('sha256').update(`airank offered slot\0${botToken}`).digest() : PROCESS_KEY);
const mac = (slot: string, botToken: string | undefined) => createHmac('sha256', keyFor(botToken)).update(slot).digest('hex').slice(0, 16);

/** An option value for `slot` (an encoded SlotRef): `<16 hex MAC>.<slot>`. */
export function offerSlot(slot: string, botToken: string | undefined): string {
  return `${mac(slot, botToken)}.${slot}`;
}

/** The slot an option value names if this bot offered it, else null (forged, altered or malformed). */
export function offeredSlot(value: string | null | undefined, botToken: string | undefined): string | null {
  const m = /^([0-9a-f]{16})\.(.+)$/s.exec(value ?? '');
  if (!m) return null;
  return timingSafeEqual(Buffer.from(m[1]), Buffer.from(mac(m[2], botToken))) ? m[2] : null;
}

// Run by teamsapp.yml's provision: makes the key that signs the calendar-file download links
// (CALENDAR_LINK_SECRET, which production requires) once per environment. When the environment has
// none yet, it prints the Agents Toolkit's `::set-teamsfx-env` command, and the Toolkit keeps the new
// key in infra/env/.env.<environment>.user (names starting with SECRET_ go there, encrypted); when
// there is one, it keeps it, so download links already sent keep working after the next provision.
import { randomBytes } from 'node:crypto';

const NAME = 'SECRET_CALENDAR_LINK_SECRET';
const current = process.env[NAME] ?? '';
if (Buffer.byteLength(current, 'utf8') >= 32) {
  process.stdout.write(`${NAME} is set; kept\n`);
} else {
  // 48 random bytes, base64url: no '=', '+' or '/' to trip up the env file.
  process.stdout.write(`::set-teamsfx-env ${NAME}=${randomBytes(48).toString('base64url')}\n`);
}

#!/usr/bin/env bash
# Before npm test (pretest) and npm run test:postgres: the programs outside node_modules the tests need. Missing
# ones are installed with apt when we are root on Debian/Ubuntu; otherwise we stop at once with the command to run.
#   bash tests/setup/require-tools.sh chromium [postgres]
set -euo pipefail

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

apt_install() {
  echo "Installing $* with apt-get (a minute or two)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

require_chromium() {
  # The same path Playwright uses (tests/playwright.config.ts).
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$path" ] && return 0
  if [ -z "${CHROMIUM_PATH:-}" ] && can_apt; then
    apt_install chromium
    [ -x "$path" ] && return 0
  fi
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "The end-to-end tests need Chromium, and CHROMIUM_PATH=$path is not a program: point it at one, or unset it and run \`sudo apt-get install -y chromium\`." >&2
  else
    echo "The end-to-end tests need Chromium at /usr/bin/chromium: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium)." >&2
  fi
  exit 1
}

# Without TEST_POSTGRES_URL, npm run test:postgres starts a throwaway server from the local binaries.
require_postgres() {
  [ -n "${TEST_POSTGRES_URL:-}" ] && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  if can_apt; then
    apt_install postgresql
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  fi
  echo "npm run test:postgres needs PostgreSQL: run \`sudo apt-get install -y postgresql\` (or set TEST_POSTGRES_URL to a server where it may create databases)." >&2
  exit 1
}

for tool in "$@"; do
  case "$tool" in
    chromium) require_chromium ;;
    postgres) require_postgres ;;
    *) echo "require-tools.sh: unknown tool $tool" >&2; exit 2 ;;
  esac
done

#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine too: sets up what the tests need, then runs
# `mvn -B install` (unit tests, then the WAR on Payara Micro against H2 and PostgreSQL). install, not
# verify: the archetype's test generates a plugin project and builds it the way an integrator would,
# against dev.marquee:marquee-spi, the test kit and the WAR from the local repository, so each module is
# installed before the modules after it are tested.
#   ./test.sh [more Maven arguments]
# The system tests need PostgreSQL on 127.0.0.1:5432 with a database "test" that user postgres may use
# (trust authentication): they fail, not skip, without it. The page tests drive Debian's Chromium
# through chromedriver, the RTMP tests publish and play with ffmpeg, the cluster test puts nginx in
# front of two instances, the restream test receives with nginx's RTMP module: what is missing of those
# is installed with apt-get (as root). The S3 recording store's tests start moto_server (Python, pip
# package moto[server]); pip is tried when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "PostgreSQL is not answering on 127.0.0.1:5432; trying to start the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
fi

missing=()
for pair in chromium:chromium chromedriver:chromium-driver ffmpeg:ffmpeg nginx:nginx; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
# The restream test pushes to nginx's RTMP module.
[[ -f /usr/lib/nginx/modules/ngx_rtmp_module.so ]] || missing+=(libnginx-mod-rtmp)
if (( ${#missing[@]} )); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need the Debian packages ${missing[*]}: install them (as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

# The S3 recording store's tests run against moto_server (the Python package moto with its server extra).
if ! command -v moto_server >/dev/null 2>&1; then
  echo "moto_server is missing; installing the Python package moto[server] with pip"
  python3 -m pip install -q 'moto[server]' || true
  if command -v pyenv >/dev/null 2>&1; then pyenv rehash || true; fi
  if ! command -v moto_server >/dev/null 2>&1; then
    echo "The S3 store's tests need moto_server: install the Python package 'moto[server]' with pip" >&2
    exit 1
  fi
fi

exec mvn -B install "$@"

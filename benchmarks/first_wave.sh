#!/usr/bin/env bash
# The first wave alone: 100 residents we have never met write their first message at the same instant
# (loadgen.py --turns 1), against the project and the `stateful` reference bot on PostgreSQL, three times.
# This is what the p99 of `compare.sh` is made of. Usage, from the project's root with its virtualenv active:
#   bash benchmarks/first_wave.sh [users] [runs]
# Needs ../shared/tools (loadgen.py, db_bot.py) beside the project and PostgreSQL on 127.0.0.1:5432.
set -uo pipefail
here=$(cd "$(dirname "$0")/../../shared/tools" && pwd) || { echo "../shared/tools is not beside the project"; exit 1; }
proj=$(cd "$(dirname "$0")/.." && pwd)
users=${1:-100}; runs=${2:-3}
export LINE_CHANNEL_SECRET=benchsecret LINE_CHANNEL_ACCESS_TOKEN=benchtoken LINE_API_ENDPOINT=http://127.0.0.1:18080
for d in bench_ref bench_proj; do
  psql -q -h 127.0.0.1 -d test -c "DROP DATABASE IF EXISTS $d" -c "CREATE DATABASE $d" >/dev/null || exit 1
done
ref_url=postgresql+psycopg://root@127.0.0.1:5432/bench_ref; proj_url=postgresql+psycopg://root@127.0.0.1:5432/bench_proj
log=$(mktemp -d)
gun=(gunicorn -w 2 -k gthread --threads 8 --log-level warning)
(cd "$here" && DATABASE_URL=$ref_url python -c "import db_bot") >"$log/ref.log" 2>&1
DATABASE_URL=$ref_url "${gun[@]}" --chdir "$here" -b 127.0.0.1:18002 db_bot:app >>"$log/ref.log" 2>&1 </dev/null & ref=$!
DATABASE_URL=$proj_url madoguchi db upgrade >"$log/proj.log" 2>&1
DATABASE_URL=$proj_url "${gun[@]}" --chdir "$proj" -b 127.0.0.1:18003 'bot:create_app()' >>"$log/proj.log" 2>&1 </dev/null & app=$!
trap 'kill $ref $app 2>/dev/null; wait 2>/dev/null; rm -rf "$log"' EXIT
sleep 6
run() { timeout 120 python "$here/loadgen.py" --target "http://127.0.0.1:$1/callback" --users "$users" --turns "$3" --seed "$2" </dev/null; }
run 18002 warm 2 >/dev/null; run 18003 warm 2 >/dev/null   # warm-up: statements compiled, pools filled
for i in $(seq "$runs"); do
  echo "stateful $(run 18002 "a$i" 1)"
  echo "project  $(run 18003 "b$i" 1)"
done
